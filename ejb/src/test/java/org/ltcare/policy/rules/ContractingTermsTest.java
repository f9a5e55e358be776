package org.ltcare.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContractingTermsTest {

    private final ContractingTerms terms = new ContractingTerms(60, 10, 5, 3, 90);

    @Test
    void theDefaultValidityEndsTheDayBeforeTheSameDateThreeYearsOn() {
        assertThat(terms.defaultValidUntil(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(terms.defaultValidUntil(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2027, 2, 27));
    }

    @Test
    void renewalStartsNinetyDaysBeforeTheFirstDayWithoutTheAgreement() {
        assertThat(terms.renewalStarts(LocalDate.of(2028, 12, 31))).isEqualTo(LocalDate.of(2028, 10, 3));
    }

    @Test
    void thePassMarkItselfPasses() {
        assertThat(terms.passes(60)).isTrue();
        assertThat(terms.passes(59)).isFalse();
    }
}
