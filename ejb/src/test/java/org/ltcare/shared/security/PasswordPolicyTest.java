package org.ltcare.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltcare.shared.ValidationException.FieldError;

class PasswordPolicyTest {

    @Test
    void aLongUncommonPasswordWithLettersAndDigitsPasses() {
        assertEquals(List.of(), keys("zhou", "Lanshan-2026"));
    }

    @Test
    void shortOrOneKindOfCharacterIsWeak() {
        assertEquals(List.of("password.weak"), keys("zhou", "Ab3456789"));
        assertEquals(List.of("password.weak"), keys("zhou", "abcdefghijkl"));
        assertEquals(List.of("password.weak"), keys("zhou", "123456789012"));
        assertEquals(List.of("password.weak"), keys("zhou", null));
    }

    @Test
    void commonPasswordsAreRefusedAlsoWithDigitsOrSignsAppended() {
        assertEquals(List.of("password.common"), keys("zhou", "woaini1314"));
        assertEquals(List.of("password.common"), keys("zhou", "Password2026!"));
        assertEquals(List.of("password.common"), keys("zhou", "a1a1a1a1a1a1"));
    }

    @Test
    void thePasswordMayNotContainTheUserName() {
        assertEquals(List.of("password.containsUsername"), keys("kangle", "KangLe-2026"));
    }

    private static List<String> keys(String username, String password) {
        return PasswordPolicy.check("password", username, password).stream().map(FieldError::messageKey).toList();
    }
}
