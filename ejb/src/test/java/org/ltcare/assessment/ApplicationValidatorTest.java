package org.ltcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltcare.shared.ValidationException;

class ApplicationValidatorTest {

    private static final String VALID_ID = "11010519491231002X";
    private static final List<NewMaterial> BASIC = List.of(NewMaterial.seenOnPaper(MaterialKind.ID_DOCUMENT),
            NewMaterial.seenOnPaper(MaterialKind.DIAGNOSIS));

    private static NewApplication self(String phone, List<NewMaterial> materials) {
        return new NewApplication(VALID_ID, ApplicantRole.SELF, "王秀英", null, phone, ResidenceKind.HOME,
                "市南区香港中路1号", null, materials);
    }

    private static List<String> fieldsOf(NewApplication form) {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> ApplicationValidator.validate(form));
        return e == null ? List.of() : e.errors().stream().map(ValidationException.FieldError::field).toList();
    }

    @Test
    void aCompleteSelfApplicationPasses() {
        assertThatCode(() -> ApplicationValidator.validate(self("13800001111", BASIC))).doesNotThrowAnyException();
        assertThatCode(() -> ApplicationValidator.validate(self("0532-12345678", BASIC))).doesNotThrowAnyException();
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        NewApplication form = new NewApplication("110105194912310021", ApplicantRole.GUARDIAN, " ", null, "12345",
                ResidenceKind.INSTITUTION, null, null, List.of());

        assertThat(fieldsOf(form)).containsExactlyInAnyOrder("insuredIdNumber", "applicantName",
                "applicantRelation", "contactPhone", "currentInstitutionId", "materials.ID_DOCUMENT",
                "materials.DIAGNOSIS", "materials.GUARDIANSHIP");
    }

    @Test
    void aGuardianMustBringProofOfGuardianship() {
        NewApplication form = new NewApplication(VALID_ID, ApplicantRole.GUARDIAN, "李明", "子女", "13800001111",
                ResidenceKind.HOME, "市南区香港中路1号", null, BASIC);

        assertThat(fieldsOf(form)).containsExactly("materials.GUARDIANSHIP");
    }

    @Test
    void theIdNumberProblemIsNamed() {
        NewApplication form = new NewApplication("110105194912310021", ApplicantRole.SELF, "王秀英", null,
                "13800001111", ResidenceKind.HOME, "地址", null, BASIC);

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> ApplicationValidator.validate(form));
        assertThat(e.errors()).extracting(ValidationException.FieldError::messageKey)
                .containsExactly("idNumber.BAD_CHECK_DIGIT");
    }
}
