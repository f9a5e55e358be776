package org.ltcare.settlement.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ltcare.policy.rules.ReferenceRuleSets;

/**
 * Settlement's NOT_ENROLLED days (after BEFORE_BENEFIT_START, before AFTER_DEATH, rules.md §5) and the monthly cap
 * (OVER_ENTITLEMENT, last: it counts only the days that pass every other rule, in date order).
 */
class EnrolmentAndCapDayTest {

    @Test
    void aDayOutsideTheEnrolmentIsRejectedBeforeDeathButAfterTheBenefitStart() {
        CareFeeResult result = CareFeeCalculator.compute(ReferenceRuleSets.sd2025(), CareFeeRequests.forMonth("2025-03")
                .concluded("2025-02-10")
                .careDays("2025-03-01", "2025-03-20", "2025-03-21", "2025-03-22")
                .notEnrolled("2025-03-21", "2025-03-22")
                .died("2025-03-22")
                .build());
        assertThat(result.rejectedDays()).containsExactly(
                new RejectedDay(LocalDate.parse("2025-03-21"), RejectionReason.NOT_ENROLLED),
                new RejectedDay(LocalDate.parse("2025-03-22"), RejectionReason.NOT_ENROLLED));
        assertThat(result.billableDays()).isEqualTo(2);
    }

    @Test
    void daysPastTheCapAreOverTheEntitlementAndRejectedDaysDoNotCount() {
        CareFeeResult result = CareFeeCalculator.compute(ReferenceRuleSets.sd2025(), CareFeeRequests.forMonth("2025-03")
                .careDays("2025-03-04", "2025-03-01", "2025-03-02", "2025-03-03", "2025-03-05")
                .inpatient("2025-03-02")
                .cappedAt(3)
                .build());
        assertThat(result.rejectedDays()).containsExactly(
                new RejectedDay(LocalDate.parse("2025-03-02"), RejectionReason.INPATIENT_DAY),
                new RejectedDay(LocalDate.parse("2025-03-05"), RejectionReason.OVER_ENTITLEMENT));
        assertThat(result.billableDays()).isEqualTo(3);
        // 3 days × min(80.00 charge, 60.00 limit) × 0.75 (SD-2025, 院护)
        assertThat(result.fundShare()).isEqualByComparingTo("135.00");
    }

    @Test
    void aCapAboveTheBillableDaysRejectsNothing() {
        CareFeeResult result = CareFeeCalculator.compute(ReferenceRuleSets.sd2025(), CareFeeRequests.forMonth("2025-02")
                .cappedAt(28)
                .build());
        assertThat(result.rejectedDays()).isEmpty();
        assertThat(result.billableDays()).isEqualTo(28);
    }
}
