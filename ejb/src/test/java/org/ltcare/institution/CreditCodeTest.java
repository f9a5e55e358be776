package org.ltcare.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    /** The example code of the standard's explanations, and a company's code from its published credit record. */
    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "9144030071526726XG"})
    void publishedCodesAreValid(String code) {
        assertThat(CreditCode.check(code)).isEmpty();
        assertThat(CreditCode.parse(code).value()).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "91350100M000100Y4,   LENGTH",
            "91350100M000100Y433, LENGTH",
            "'',                  LENGTH",
            "91350100M000100I43,  CHARACTER",
            "91350100M000100O43,  CHARACTER",
            "913501Z0M000100Y43,  CHARACTER",
            "913501A0M000100Y43,  REGION",
            "91350100M000100Y44,  CHECK",
            "91350100M000100Y34,  CHECK"
    })
    void badCodesAreNamedByWhatIsWrong(String code, CreditCode.Problem problem) {
        assertThat(CreditCode.check(code)).isEqualTo(Optional.of(problem));
        assertThatThrownBy(() -> CreditCode.parse(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lowerCaseAndSpacesAreAcceptedAndStoredUpperCase() {
        assertThat(CreditCode.parse(" 91350100m000100y43 ").value()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void theCheckCharacterIsComputedForTheFirst17AndTheRegionRead() {
        CreditCode code = CreditCode.fromFirst17("52370202MJD123456");
        assertThat(CreditCode.check(code.value())).isEmpty();
        assertThat(code.regionCode()).isEqualTo("370202");
    }

    @Test
    void everyCheckValueIsReachableIncludingZero() {
        // Changing the last body character walks the check through the alphabet: each of the 31 outcomes occurs.
        java.util.Set<Character> seen = new java.util.HashSet<>();
        for (char c : CreditCode.ALPHABET.toCharArray()) {
            seen.add(CreditCode.checkCharacter("9137020000000000" + c));
        }
        assertThat(seen).hasSize(31);
    }
}
