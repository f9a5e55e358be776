package org.ltcare.settlement.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ltcare.policy.rules.ReferenceRuleSets;

/**
 * Settlement's NO_AGREEMENT days (the trial API has no agreement data): rejected after DUPLICATE_DAY and before
 * NO_SERVICE_RECORD, in the order of rules.md §5, and not paid.
 */
class NoAgreementDayTest {

    @Test
    void aDayWithoutAgreementIsRejectedInTheRulesOrder() {
        CareFeeResult result = CareFeeCalculator.compute(ReferenceRuleSets.sd2025(), CareFeeRequests.forMonth("2025-03")
                .careDays("2025-03-01", "2025-03-02", "2025-03-03", "2025-03-04")
                .withoutAgreement("2025-03-02", "2025-03-03", "2025-03-04")
                .claimedElsewhere("2025-03-03")
                .withoutServiceRecord("2025-03-04")
                .build());
        assertThat(result.rejectedDays()).containsExactly(
                new RejectedDay(LocalDate.parse("2025-03-02"), RejectionReason.NO_AGREEMENT),
                new RejectedDay(LocalDate.parse("2025-03-03"), RejectionReason.DUPLICATE_DAY),
                new RejectedDay(LocalDate.parse("2025-03-04"), RejectionReason.NO_AGREEMENT));
        assertThat(result.billableDays()).isEqualTo(1);
        assertThat(result.fundShare()).isEqualByComparingTo("45.00");
    }
}
