package org.ltcare.settlement.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ltcare.policy.auditrule.AppliedRules;
import org.ltcare.policy.auditrule.AuditRule;
import org.ltcare.policy.rules.CareTariff;
import org.ltcare.policy.rules.CareTariffs;
import org.ltcare.policy.rules.CareType;
import org.ltcare.policy.rules.ReferenceRuleSets;
import org.ltcare.policy.rules.RuleSetContent;
import org.ltcare.settlement.fee.RejectionReason;

/** A recorded claim line computed again under the reference rules, and under limits raised by 10 %. */
class LineSimulationTest {

    private static final YearMonth MARCH = YearMonth.of(2025, 3);
    private static final AppliedRules ALL = new AppliedRules(EnumSet.allOf(AuditRule.class), Map.of());

    @Test
    void theSameRulesGiveTheRecordedFundShareAndRaisedLimitsTheHandComputedOne() {
        // 院护 at 80.00 a day, 31 days claimed, 5 March in hospital: 30 billable days.
        Set<LocalDate> march = new TreeSet<>();
        for (int d = 1; d <= 31; d++) {
            march.add(MARCH.atDay(d));
        }
        LineSimulation.LineFacts line = new LineSimulation.LineFacts(1, 2, CareType.RESIDENTIAL, 5, null,
                LocalDate.of(2024, 6, 10), new BigDecimal("80.00"), march,
                Map.of(MARCH.atDay(5), RejectionReason.INPATIENT_DAY), Map.of());

        // Reference: 0.75 × min(80.00, 60.00) × 30 = 1350.00
        assertThat(LineSimulation.fundShare(line, MARCH, ReferenceRuleSets.sd2025(), ALL))
                .isEqualByComparingTo("1350.00");
        // Limits +10 %: 0.75 × min(80.00, 66.00) × 30 = 1485.00
        assertThat(LineSimulation.fundShare(line, MARCH, limitsRaised(ReferenceRuleSets.sd2025()), ALL))
                .isEqualByComparingTo("1485.00");
        // The inpatient code switched off: the day is paid too, 31 × 45.00
        AppliedRules noInpatient = new AppliedRules(EnumSet.complementOf(EnumSet.of(AuditRule.INPATIENT_DAY)),
                Map.of());
        assertThat(LineSimulation.fundShare(line, MARCH, ReferenceRuleSets.sd2025(), noInpatient))
                .isEqualByComparingTo("1395.00");
    }

    @Test
    void theFirstDayAfterDeathIsTakenAsTheDateOfDeath() {
        LineSimulation.LineFacts line = new LineSimulation.LineFacts(1, 2, CareType.RESIDENTIAL, 5, null,
                LocalDate.of(2024, 6, 10), new BigDecimal("80.00"), Set.of(MARCH.atDay(9), MARCH.atDay(10),
                MARCH.atDay(11)), Map.of(MARCH.atDay(11), RejectionReason.AFTER_DEATH,
                MARCH.atDay(10), RejectionReason.AFTER_DEATH), Map.of());
        assertThat(LineSimulation.inputs(line).diedOn()).isEqualTo(MARCH.atDay(10));
    }

    private static RuleSetContent limitsRaised(RuleSetContent rules) {
        List<CareTariff> raised = rules.care().tariffs().stream().map(t -> new CareTariff(t.careType(),
                t.hospitalLevel(), t.fundRatio(), t.dailyLimit().multiply(new BigDecimal("1.1"))
                .setScale(2, RoundingMode.HALF_UP))).toList();
        return new RuleSetContent(rules.scale(), rules.entitlement(),
                new CareTariffs(raised, rules.care().specializedMinimumHospitalLevel()), rules.procedure(),
                rules.settlement(), rules.homeCare(), rules.contracting());
    }
}
