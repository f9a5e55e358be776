package org.ltcare.settlement.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ltcare.policy.auditrule.AppliedRules;
import org.ltcare.policy.auditrule.AuditRule;
import org.ltcare.policy.rules.CareType;
import org.ltcare.settlement.fee.FactKind;
import org.ltcare.settlement.fee.RejectionFact;
import org.ltcare.settlement.fee.RejectionReason;

/** A rule set that switches a day code off: its facts are left out, the day falls to the next code or is paid. */
class SwitchedOffDayCodesTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 10);
    private static final LocalDate DAY = MONTH.atDay(10);
    private static final RejectionFact STAY = new RejectionFact(FactKind.HOSPITAL_STAY, 7L, DAY, DAY);
    private static final ClaimInputs READ = new ClaimInputs(1, 2, CareType.RESIDENTIAL, 3, null, LocalDate.of(2026, 1, 5),
            new BigDecimal("100.00"), Set.of(DAY, DAY.plusDays(1)), new DayFacts()
                    .add(RejectionReason.INPATIENT_DAY, DAY, STAY)
                    .add(RejectionReason.DUPLICATE_DAY, DAY, RejectionFact.of(FactKind.OTHER_CLAIM, 9L))
                    .add(RejectionReason.NO_SERVICE_RECORD, DAY.plusDays(1), RejectionFact.of(FactKind.ABSENCE, 3L)),
            null, null);

    @Test
    void everyCodeAppliedKeepsEveryFact() {
        assertThat(READ.under(new AppliedRules(EnumSet.allOf(AuditRule.class), Map.of()))).isEqualTo(READ);
    }

    @Test
    void theInpatientCodeOffLeavesTheDayToTheDuplicateCodeAndTheRecordCodeOffPaysTheOtherDay() {
        AppliedRules rules = new AppliedRules(EnumSet.complementOf(EnumSet.of(AuditRule.INPATIENT_DAY,
                AuditRule.NO_SERVICE_RECORD)), Map.of());

        ClaimInputs seen = READ.under(rules);

        assertThat(seen.request(MONTH).inpatientDays()).isEmpty();
        assertThat(seen.request(MONTH).daysWithoutServiceRecord()).isEmpty();
        assertThat(seen.request(MONTH).daysClaimedElsewhere()).containsExactly(DAY);
        assertThat(seen.factOf(RejectionReason.DUPLICATE_DAY, DAY)).contains(RejectionFact.of(FactKind.OTHER_CLAIM, 9L));
        assertThat(seen.claimed()).isEqualTo(READ.claimed());
    }

    @Test
    void homeCareGetsTheRuleSetsMonthlyCapUnlessSwitchedOffAndBedBasedCareNever() {
        ClaimInputs home = new ClaimInputs(1, 2, CareType.HOME, 3, null, LocalDate.of(2026, 1, 5),
                new BigDecimal("100.00"), Set.of(DAY), new DayFacts(), null, null);
        AppliedRules all = new AppliedRules(EnumSet.allOf(AuditRule.class), Map.of(AuditRule.OVER_ENTITLEMENT, 12));

        assertThat(home.under(all).monthlyDayCap()).isEqualTo(12);
        assertThat(home.under(all).factOf(RejectionReason.OVER_ENTITLEMENT, DAY))
                .contains(RejectionFact.of(FactKind.MONTHLY_CAP, 12L));
        assertThat(home.under(new AppliedRules(EnumSet.complementOf(EnumSet.of(AuditRule.OVER_ENTITLEMENT)), Map.of()))
                .monthlyDayCap()).isNull();
        assertThat(READ.under(all).monthlyDayCap()).isNull();
    }
}
