package org.ltcare.care.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ltcare.insured.IdNumber;
import org.ltcare.insured.IdNumbers;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;

class CareWorkerFormTest {

    /** The well-known sample: a woman born 1949-12-31, completed with its check character X. */
    private static final String ID_NUMBER = IdNumber.fromFirst17("11010519491231002").value();
    private static final String NAME = "王芳";
    private static final String QUALIFICATION = "养老护理员（四级）";

    private static CareWorkerForm withIdNumber(String idNumber) {
        return new CareWorkerForm(NAME, idNumber, QUALIFICATION, null);
    }

    private static CareWorkerForm withPhone(String phone) {
        return new CareWorkerForm(NAME, ID_NUMBER, QUALIFICATION, phone);
    }

    private static List<FieldError> errors(CareWorkerForm form) {
        try {
            form.check();
            return List.of();
        } catch (ValidationException e) {
            return e.errors();
        }
    }

    private static List<String> problems(CareWorkerForm form) {
        return errors(form).stream().map(e -> e.field() + ":" + e.messageKey()).toList();
    }

    @Test
    void aValidWorkerChecksAsItself() {
        CareWorkerForm form = new CareWorkerForm(NAME, ID_NUMBER, QUALIFICATION, "0531-88886666");

        assertThat(form.check()).isSameAs(form);
    }

    @Test
    void theFieldsAreTrimmedAndALowerCaseCheckCharacterUpperCased() {
        CareWorkerForm form = new CareWorkerForm("  王芳 ", " 11010519491231002x ", " 护士执业证书 ", " 13812345678 ");

        assertThat(form).isEqualTo(new CareWorkerForm("王芳", "11010519491231002X", "护士执业证书", "13812345678"));
        assertThat(problems(form)).isEmpty();
    }

    @Test
    void theNameTheIdNumberAndTheQualificationAreRequired() {
        assertThat(problems(new CareWorkerForm(null, null, null, null))).containsExactly(
                "name:validation.required", "idNumber:validation.required", "qualification:validation.required");
        assertThat(problems(new CareWorkerForm(" ", "  ", "\t", " "))).containsExactly(
                "name:validation.required", "idNumber:validation.required", "qualification:validation.required");
    }

    @Test
    void theNameIsAtMost32AndTheQualificationAtMost64Characters() {
        assertThat(problems(new CareWorkerForm("名".repeat(32), ID_NUMBER, "证".repeat(64), null))).isEmpty();
        assertThat(errors(new CareWorkerForm("名".repeat(33), ID_NUMBER, "证".repeat(65), null))).containsExactly(
                new FieldError("name", "validation.tooLong", List.of("32")),
                new FieldError("qualification", "validation.tooLong", List.of("64")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "1101051949123100,   idNumber.WRONG_LENGTH",
            "1101051949123100201, idNumber.WRONG_LENGTH",
            "11010519491231002Y, idNumber.BAD_CHARACTERS",
            "1101051949X231002X, idNumber.BAD_CHARACTERS",
            "110105194913310021, idNumber.IMPOSSIBLE_BIRTH_DATE",
            "110105189912310021, idNumber.IMPOSSIBLE_BIRTH_DATE",
            "110105299912310021, idNumber.BIRTH_DATE_IN_FUTURE",
            "110105194912310021, idNumber.BAD_CHECK_DIGIT",
    })
    void aBadIdNumberIsRefusedWithItsProblem(String idNumber, String messageKey) {
        assertThat(errors(withIdNumber(idNumber))).containsExactly(new FieldError("idNumber", messageKey));
    }

    @Test
    void aNumberWithAWrongCheckCharacterIsRefused() {
        assertThat(problems(withIdNumber(IdNumbers.withWrongCheckCharacter(IdNumbers.valid()))))
                .containsExactly("idNumber:idNumber.BAD_CHECK_DIGIT");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void validIdNumbersPass(int n) {
        assertThat(problems(withIdNumber(IdNumbers.distinct(n).value()))).isEmpty();
    }

    @ParameterizedTest(name = "[{0}]")
    @NullSource
    @ValueSource(strings = {
            "1234567",
            "12345678901234567890",
            "+8613812345678",
            "+1234567",
            "0531-88886666",
            "400-800-1234",
            "13812345678",
    })
    void thePhoneIsOptionalAnd7To20DigitsWithDashesOrALeadingPlus(String phone) {
        assertThat(problems(withPhone(phone))).isEmpty();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {
            "123456",
            "123456789012345678901",
            "+12345678901234567890",
            "-13812345678",
            "++8613812345678",
            "86+13812345678",
            "138 1234 5678",
            "(0531)88886666",
            "phone123456",
            "１３８１２３４５６７８",
    })
    void otherPhoneNumbersAreInvalid(String phone) {
        assertThat(problems(withPhone(phone))).containsExactly("phone:worker.phone.invalid");
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        CareWorkerForm form = new CareWorkerForm("名".repeat(33), "123", null, "12");

        assertThatThrownBy(form::check).isInstanceOf(ValidationException.class);
        assertThat(problems(form)).containsExactly("name:validation.tooLong", "idNumber:idNumber.WRONG_LENGTH",
                "qualification:validation.required", "phone:worker.phone.invalid");
    }
}
