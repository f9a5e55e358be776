package org.ltcare.settlement.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ltcare.policy.rules.SettlementTerms;

/** The claim for March, window 1st–10th: the cycle a submission on each day goes into; the correction period. */
class ClaimWindowTest {

    private static final SettlementTerms TERMS = new SettlementTerms(1, 10, 30, new BigDecimal("0.05"));
    private static final YearMonth MARCH = YearMonth.of(2025, 3);

    @ParameterizedTest(name = "submitted {0} → cycle {1}")
    @CsvSource(nullValues = "none", value = {
            "2025-03-31, none",
            "2025-04-01, 2025-04",
            "2025-04-10, 2025-04",
            "2025-04-11, 2025-05",
            "2025-04-30, 2025-05",
            "2025-05-01, 2025-05",
            "2025-05-10, 2025-05",
            "2025-05-11, 2025-06",
    })
    void aLateClaimGoesIntoTheNextCycle(LocalDate submitted, String cycle) {
        assertThat(ClaimWindow.cycleOf(MARCH, submitted, TERMS).map(YearMonth::toString).orElse(null))
                .isEqualTo(cycle);
    }

    @ParameterizedTest(name = "window {0}–{1} opens {2}")
    @CsvSource({"1, 10, 2025-04-01", "5, 15, 2025-04-05"})
    void theWindowOpensOnItsFirstDayOfTheNextMonth(int from, int to, LocalDate opens) {
        assertThat(ClaimWindow.opensOn(MARCH, new SettlementTerms(from, to, 30, BigDecimal.ZERO))).isEqualTo(opens);
    }

    @ParameterizedTest(name = "returned {0} → corrected by {1}")
    @CsvSource({"2025-04-03, 2025-04-10", "2025-04-10, 2025-04-10", "2025-04-11, 2025-05-10",
            "2025-01-31, 2025-02-10", "2024-12-20, 2025-01-10"})
    void aReturnedClaimIsCorrectedWithinTheWindowThenOpenOrTheNextOne(LocalDate returned, LocalDate by) {
        assertThat(ClaimWindow.correctionEndsOn(returned, TERMS)).isEqualTo(by);
    }
}
