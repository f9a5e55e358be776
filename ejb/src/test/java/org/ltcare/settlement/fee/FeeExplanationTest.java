package org.ltcare.settlement.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ltcare.policy.rules.CareType;
import org.ltcare.policy.rules.ReferenceRuleSets;
import org.ltcare.policy.rules.RuleSetContent;

/** A line's explanation carries the numbers that make its amounts: recomputing from them gives the same result. */
class FeeExplanationTest {

    private static final RuleSetContent SD_2025 = ReferenceRuleSets.sd2025();

    @ParameterizedTest(name = "{0} level {1}, charge {2}, grade {3}, in hospital {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "RESIDENTIAL | -  | 80.00 | 5 | 2025-03-05",
        "RESIDENTIAL | -  | 33.33 | 5 | -",
        "SPECIALIZED | 1  | 70.00 | 4 | -",
        "SPECIALIZED | 3  | 212.57| 5 | 2025-03-31",
        "HOME        | -  | 40.00 | 3 | 2025-03-01",
        "HOME        | -  | 0.01  | 3 | -",
        "RESIDENTIAL | -  | 80.00 | 1 | -",
    })
    void recomputingFromTheExplanationGivesTheAmounts(CareType careType, Integer level, String charge, int grade,
            String inpatient) {
        CareFeeRequests request = CareFeeRequests.forMonth("2025-03").care(careType, level).grade(grade)
                .charge(charge).concluded("2024-06-10");
        if (inpatient != null) {
            request.inpatient(inpatient);
        }
        CareFeeRequest built = request.build();
        CareFeeResult result = CareFeeCalculator.compute(SD_2025, built);

        FeeExplanation explanation = FeeExplanation.of("SD-2025", built, result);
        FeeArithmetic a = explanation.arithmetic();

        BigDecimal counted = a.dailyCharge().min(a.dailyLimit());
        BigDecimal fund = a.fundRatio().multiply(counted).multiply(BigDecimal.valueOf(a.billableDays()))
                .setScale(2, RoundingMode.HALF_UP);
        assertThat(fund).isEqualTo(result.fundShare());
        assertThat(a.dailyCharge().multiply(BigDecimal.valueOf(a.billableDays())).subtract(fund))
                .isEqualByComparingTo(result.personalShare());
        assertThat(explanation.claimedDays()).isEqualTo(a.billableDays() + explanation.rejectedCount());
        assertThat(a.dailyLimit()).isEqualTo(result.tariffApplied().dailyLimit());
        assertThat(a.fundRatio()).isEqualTo(result.tariffApplied().fundRatio());
    }

    @Test
    void theApiExampleSaysEachStepWithItsNumbers() {
        CareFeeRequest request = CareFeeRequests.forMonth("2025-03").care(CareType.RESIDENTIAL, null).grade(5)
                .charge("80.00").concluded("2024-06-10").inpatient("2025-03-05").build();

        FeeExplanation explanation = FeeExplanation.of("SD-2025", request,
                CareFeeCalculator.compute(SD_2025, request));

        assertThat(explanation.arithmetic().formula()).isEqualTo("30 × min(80.00, 60.00) × 0.75 = 1350.00");
        assertThat(explanation.steps(Locale.SIMPLIFIED_CHINESE)).containsExactly(
                "规则版本 SD-2025：院护，失能等级 5 级 → 基金支付比例 75%，床日限额 60.00 元",
                "申报 31 天，拒付 1 天，可支付 30 天",
                "拒付「住院期间」1 天：03-05",
                "计费日额：日收费 80.00 元高于限额，按限额 60.00 元计",
                "基金支付 = 30 天 × 60.00 元 × 75% = 1350.00 元",
                "个人负担 = 总费用 2400.00 元（30 天 × 80.00 元）− 基金支付 1350.00 元 = 1050.00 元");
        assertThat(explanation.steps(Locale.ENGLISH)).first().asString()
                .isEqualTo("Rule set SD-2025: Residential care, disability grade 5 → fund ratio 75%, limit 60.00 yuan"
                        + " per bed-day");
    }

    @Test
    void eachRejectedDayNamesTheRecordBehindItAndDaysWithoutOneKeepTheirPlainStep() {
        LocalDate admitted = LocalDate.of(2025, 3, 5);
        RejectionFact stay = new RejectionFact(FactKind.HOSPITAL_STAY, 12L, admitted, LocalDate.of(2025, 3, 7));
        RejectionFact open = new RejectionFact(FactKind.HOSPITAL_STAY, 13L, LocalDate.of(2025, 3, 30), null);
        FeeExplanation explanation = new FeeExplanation("SD-2025", CareType.RESIDENTIAL, null, 5, 31,
                Map.of(RejectionReason.INPATIENT_DAY, List.of(admitted, admitted.plusDays(1), admitted.plusDays(2),
                        LocalDate.of(2025, 3, 30), LocalDate.of(2025, 3, 31), LocalDate.of(2025, 3, 20))),
                Map.of(admitted, stay, admitted.plusDays(1), stay, admitted.plusDays(2), stay,
                        LocalDate.of(2025, 3, 30), open, LocalDate.of(2025, 3, 31), open),
                FeeArithmetic.of(25, new BigDecimal("80.00"), new BigDecimal("0.75"), new BigDecimal("60.00")));

        assertThat(explanation.steps(Locale.SIMPLIFIED_CHINESE)).contains(
                "拒付「住院期间」3 天：03-05–03-07（住院记录 #12：2025-03-05 入院，2025-03-07 出院）",
                "拒付「住院期间」1 天：03-20",
                "拒付「住院期间」2 天：03-30–03-31（住院记录 #13：2025-03-30 入院，尚未出院）");
        assertThat(explanation.steps(Locale.ENGLISH)).contains(
                "Rejected \"Hospital inpatient day\", 3 days: 03-05–03-07 (hospital stay #12: admitted 2025-03-05, discharged"
                        + " 2025-03-07)");
    }

    @Test
    void aRoundedShareShowsTheExactProductAndTheRounding() {
        CareFeeRequest request = CareFeeRequests.forMonth("2025-03").care(CareType.RESIDENTIAL, null).grade(5)
                .charge("33.33").concluded("2024-06-10").careDays("2025-03-01", "2025-03-02", "2025-03-03",
                        "2025-03-04", "2025-03-05", "2025-03-06", "2025-03-07").build();

        FeeExplanation explanation = FeeExplanation.of("SD-2025", request,
                CareFeeCalculator.compute(SD_2025, request));

        assertThat(explanation.arithmetic().formula()).isEqualTo("7 × min(33.33, 60.00) × 0.75 = 174.9825 ≈ 174.98");
        assertThat(explanation.steps(Locale.SIMPLIFIED_CHINESE)).contains(
                "计费日额：日收费 33.33 元未超过限额 60.00 元，按日收费计",
                "基金支付 = 7 天 × 33.33 元 × 75% = 174.9825 元，整行一次四舍五入到分：174.98 元");
    }

    @Test
    void rejectedDaysAreGroupedByReasonAndWrittenAsRanges() {
        List<LocalDate> days = List.of(LocalDate.parse("2025-03-05"), LocalDate.parse("2025-03-06"),
                LocalDate.parse("2025-03-07"), LocalDate.parse("2025-03-20"), LocalDate.parse("2025-03-22"),
                LocalDate.parse("2025-03-23"));

        assertThat(FeeExplanation.ranges(days)).isEqualTo("03-05–03-07, 03-20, 03-22–03-23");
    }
}
