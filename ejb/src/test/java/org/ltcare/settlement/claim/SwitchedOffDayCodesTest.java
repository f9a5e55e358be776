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

/** A rule set that switches a day code off: its facts are left out, the day falls to the next code or is paid. */
class SwitchedOffDayCodesTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 10);
    private static final LocalDate DAY = MONTH.atDay(10);
    private static final ClaimInputs READ = new ClaimInputs(1, 2, CareType.RESIDENTIAL, 3, null, LocalDate.of(2026, 1, 5),
            new BigDecimal("100.00"), Set.of(DAY, DAY.plusDays(1)), Set.of(DAY), null, Set.of(DAY),
            Set.of(DAY.plusDays(1)), Set.of(), Set.of(), null);

    @Test
    void everyCodeAppliedKeepsEveryFact() {
        assertThat(READ.under(new AppliedRules(EnumSet.allOf(AuditRule.class), Map.of()))).isEqualTo(READ);
    }

    @Test
    void theInpatientCodeOffLeavesTheDayToTheDuplicateCodeAndTheRecordCodeOffPaysTheOtherDay() {
        AppliedRules rules = new AppliedRules(EnumSet.complementOf(EnumSet.of(AuditRule.INPATIENT_DAY,
                AuditRule.NO_SERVICE_RECORD)), Map.of());

        ClaimInputs seen = READ.under(rules);

        assertThat(seen.inpatient()).isEmpty();
        assertThat(seen.withoutServiceRecord()).isEmpty();
        assertThat(seen.claimedElsewhere()).containsExactly(DAY);
        assertThat(seen.claimed()).isEqualTo(READ.claimed());
    }

    @Test
    void homeCareGetsTheRuleSetsMonthlyCapUnlessSwitchedOffAndBedBasedCareNever() {
        ClaimInputs home = new ClaimInputs(1, 2, CareType.HOME, 3, null, LocalDate.of(2026, 1, 5),
                new BigDecimal("100.00"), Set.of(DAY), Set.of(), null, Set.of(), Set.of(), Set.of(), Set.of(), null);
        AppliedRules all = new AppliedRules(EnumSet.allOf(AuditRule.class), Map.of(AuditRule.OVER_ENTITLEMENT, 12));

        assertThat(home.under(all).monthlyDayCap()).isEqualTo(12);
        assertThat(home.under(new AppliedRules(EnumSet.complementOf(EnumSet.of(AuditRule.OVER_ENTITLEMENT)), Map.of()))
                .monthlyDayCap()).isNull();
        assertThat(READ.under(all).monthlyDayCap()).isNull();
    }
}
