package org.ltcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltcare.insured.IdNumber;
import org.ltcare.insured.InsuranceType;
import org.ltcare.insured.InsuredPerson;

class AssessmentApplicationTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    private static AssessmentApplication filedBy(long organisationId, Long currentInstitution) {
        InsuredPerson person = new InsuredPerson(IdNumber.parse("11010519491231002X"), "王秀英",
                InsuranceType.RESIDENT, "370200", LocalDate.of(2020, 1, 1), null, null, NOW);
        NewApplication form = new NewApplication("11010519491231002X", ApplicantRole.SELF, "王秀英", null,
                "13800001111", currentInstitution == null ? ResidenceKind.HOME : ResidenceKind.INSTITUTION, "地址",
                currentInstitution, List.of(NewMaterial.seenOnPaper(MaterialKind.ID_DOCUMENT)));
        return new AssessmentApplication(person, form, "nurse", organisationId, NOW);
    }

    @Test
    void aFiledApplicationIsSubmittedAndOpen() {
        AssessmentApplication application = filedBy(7, null);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.getStatus().isOpen()).isTrue();
    }

    @Test
    void itIsDecidedOnceOnly() {
        AssessmentApplication application = filedBy(7, null);
        application.accept("reviewer", NOW);

        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThatThrownBy(() -> application.refuse(RefusalGround.NOT_ENROLLED, null, "reviewer", NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> application.accept("reviewer", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRefusalCarriesItsGroundAndClosesTheApplication() {
        AssessmentApplication application = filedBy(7, null);
        application.refuse(RefusalGround.MATERIALS_INCOMPLETE, "  缺诊断证明 ", "reviewer", NOW);

        assertThat(application.getRefusalGround()).isEqualTo(RefusalGround.MATERIALS_INCOMPLETE);
        assertThat(application.getRefusalReason()).isEqualTo("缺诊断证明");
        assertThat(application.getStatus().isOpen()).isFalse();
    }

    @Test
    void theGroundOtherNeedsAText() {
        AssessmentApplication application = filedBy(7, null);
        assertThatThrownBy(() -> application.refuse(RefusalGround.OTHER, " ", "reviewer", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void anInstitutionSeesWhatItFiledOrWhereThePersonLives() {
        assertThat(filedBy(7, null).isVisibleToInstitution(7)).isTrue();
        assertThat(filedBy(7, null).isVisibleToInstitution(8)).isFalse();
        assertThat(filedBy(2, 8L).isVisibleToInstitution(8)).isTrue();
    }
}
