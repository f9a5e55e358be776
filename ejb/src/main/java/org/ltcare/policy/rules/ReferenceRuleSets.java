package org.ltcare.policy.rules;

import static org.ltcare.policy.rules.Dimension.ADL;
import static org.ltcare.policy.rules.Dimension.COGNITION;
import static org.ltcare.policy.rules.Dimension.PERCEPTION;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 参考规则 SD-2025: the reference content shipped as demo data, exactly as rules.md states it. Regions copy
 * it and edit their own version; nothing else should read these numbers directly.
 */
public final class ReferenceRuleSets {

    public static final String SD_2025 = "SD-2025";

    private static final List<Integer> TEN_FIVE_ZERO = List.of(10, 5, 0);
    private static final List<Integer> FIVE_ZERO = List.of(5, 0);
    private static final List<Integer> FIFTEEN_TO_ZERO = List.of(15, 10, 5, 0);
    private static final List<Integer> FOUR_TO_ZERO = List.of(4, 3, 2, 1, 0);

    private ReferenceRuleSets() {
    }

    public static RuleSetContent sd2025() {
        return new RuleSetContent(
                new AssessmentScale(items(), bands(), matrix()),
                new Entitlement(Set.of(3, 4, 5), 18),
                new CareTariffs(tariffs(), 2),
                new AssessmentProcedure(BenefitStartRule.FIRST_OF_NEXT_MONTH, 24, 5, 10, 5, 10, 10, 60,
                        yuan("300.00"), yuan("200.00")),
                new SettlementTerms(1, 10, 30, new BigDecimal("0.05")),
                new HomeCareTerms(30, 8),
                new ContractingTerms(60, 10, 5, 3, 90));
    }

    /** The national scale (医保办发〔2021〕37号), in the order of the assessment form. */
    private static List<ScaleItem> items() {
        return List.of(
                new ScaleItem(ADL, "eating", "进食", TEN_FIVE_ZERO),
                new ScaleItem(ADL, "dressing", "穿衣", TEN_FIVE_ZERO),
                new ScaleItem(ADL, "hygiene", "面部与口腔清洁", FIVE_ZERO),
                new ScaleItem(ADL, "bowel", "大便控制", TEN_FIVE_ZERO),
                new ScaleItem(ADL, "bladder", "小便控制", TEN_FIVE_ZERO),
                new ScaleItem(ADL, "toilet", "用厕", TEN_FIVE_ZERO),
                new ScaleItem(ADL, "walking", "平地行走", FIFTEEN_TO_ZERO),
                new ScaleItem(ADL, "transfer", "床椅转移", FIFTEEN_TO_ZERO),
                new ScaleItem(ADL, "stairs", "上下楼梯", TEN_FIVE_ZERO),
                new ScaleItem(ADL, "bathing", "洗澡", FIVE_ZERO),
                new ScaleItem(COGNITION, "time", "时间定向", FOUR_TO_ZERO),
                new ScaleItem(COGNITION, "person", "人物定向", FOUR_TO_ZERO),
                new ScaleItem(COGNITION, "place", "空间定向", FOUR_TO_ZERO),
                new ScaleItem(COGNITION, "memory", "记忆力", FOUR_TO_ZERO),
                new ScaleItem(PERCEPTION, "vision", "视力", FOUR_TO_ZERO),
                new ScaleItem(PERCEPTION, "hearing", "听力", FOUR_TO_ZERO),
                new ScaleItem(PERCEPTION, "communication", "沟通能力", FOUR_TO_ZERO));
    }

    /** Cognition and perception bands are (verify) in rules.md. */
    private static Map<Dimension, Map<ImpairmentLevel, ScoreRange>> bands() {
        return Map.of(
                ADL, levels(100, 100, 65, 95, 45, 60, 0, 40),
                COGNITION, levels(16, 16, 4, 15, 2, 3, 0, 1),
                PERCEPTION, levels(12, 12, 4, 11, 2, 3, 0, 1));
    }

    private static Map<ImpairmentLevel, ScoreRange> levels(int intactMin, int intactMax, int mildMin, int mildMax,
            int moderateMin, int moderateMax, int severeMin, int severeMax) {
        return Map.of(
                ImpairmentLevel.INTACT, new ScoreRange(intactMin, intactMax),
                ImpairmentLevel.MILD, new ScoreRange(mildMin, mildMax),
                ImpairmentLevel.MODERATE, new ScoreRange(moderateMin, moderateMax),
                ImpairmentLevel.SEVERE, new ScoreRange(severeMin, severeMax));
    }

    /** Rows: ADL intact → severe; columns: CP intact → severe. (verify): two cells confirmed by a worked example. */
    private static GradeMatrix matrix() {
        return new GradeMatrix(List.of(
                List.of(0, 0, 1, 1),
                List.of(1, 1, 1, 2),
                List.of(2, 2, 2, 3),
                List.of(3, 3, 4, 5)));
    }

    private static List<CareTariff> tariffs() {
        return List.of(
                new CareTariff(CareType.SPECIALIZED, 1, new BigDecimal("0.80"), yuan("80.00")),
                new CareTariff(CareType.SPECIALIZED, 2, new BigDecimal("0.75"), yuan("100.00")),
                new CareTariff(CareType.SPECIALIZED, 3, new BigDecimal("0.70"), yuan("120.00")),
                new CareTariff(CareType.RESIDENTIAL, null, new BigDecimal("0.75"), yuan("60.00")),
                new CareTariff(CareType.HOME, null, new BigDecimal("0.90"), yuan("45.00")));
    }

    private static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }
}
