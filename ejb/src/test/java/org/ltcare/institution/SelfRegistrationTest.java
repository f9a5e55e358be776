package org.ltcare.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;

class SelfRegistrationTest {

    private static final String CODE = CreditCode.fromFirst17("52370200MB0001234").toString();

    private static InstitutionProfile profile(String creditCode, String phone) {
        return new InstitutionProfile(creditCode, 60, 12, "崂山区海口路1号", "周院长", phone, null, null, null);
    }

    @Test
    void aCompleteRegistrationPasses() {
        SelfRegistration form = new SelfRegistration(" 康乐护理院 ", InstitutionKind.NURSING_HOME, null, false,
                "370200", profile(CODE, "13912345678"), "kangle", "康乐管理员", "Lanshan2026", "Lanshan2026");

        assertThat(form.check().name()).isEqualTo("康乐护理院");
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        SelfRegistration form = new SelfRegistration("", InstitutionKind.NURSING_HOME, 2, true, null,
                profile("91370200MA00000001", null), "ab", " ", "short", "short");

        assertThatThrownBy(form::check).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).extracting(FieldError::field).containsExactly("name", "hospitalLevel",
                        "ltcWard", "region", "creditCode", "contactPhone", "username", "displayName", "password"));
    }

    @Test
    void aHospitalNeedsItsLevelAndThePasswordMustBeRepeated() {
        SelfRegistration form = new SelfRegistration("第三人民医院", InstitutionKind.HOSPITAL, null, true, "370200",
                profile(CODE, "0532-88888888"), "hospital3", "医院经办", "Lanshan2026", "Lanshan2027");

        assertThatThrownBy(form::check).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).extracting(FieldError::field, FieldError::messageKey).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("hospitalLevel", "registration.level.required"),
                        org.assertj.core.groups.Tuple.tuple("passwordRepeat", "registration.password.mismatch")));
    }

    @Test
    void thePasswordIsNotInTheTextOfTheForm() {
        SelfRegistration form = new SelfRegistration("康乐护理院", InstitutionKind.NURSING_HOME, null, false, "370200",
                profile(CODE, "13912345678"), "kangle", "康乐管理员", "Lanshan2026", "Lanshan2026");

        assertThat(form.toString()).doesNotContain("Lanshan2026");
        assertThat(List.of(form.username())).containsExactly("kangle");
    }
}
