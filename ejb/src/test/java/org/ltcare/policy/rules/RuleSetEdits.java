package org.ltcare.policy.rules;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Copies of rule-set content with one part changed, for tests that break one rule at a time. */
public final class RuleSetEdits {

    private RuleSetEdits() {
    }

    public static RuleSetContent reference() {
        return ReferenceRuleSets.sd2025();
    }

    public static RuleSetContent withScale(RuleSetContent c, AssessmentScale scale) {
        return new RuleSetContent(scale, c.entitlement(), c.care(), c.procedure(), c.settlement(), c.homeCare(), c.contracting());
    }

    public static RuleSetContent withEntitlement(RuleSetContent c, Entitlement entitlement) {
        return new RuleSetContent(c.scale(), entitlement, c.care(), c.procedure(), c.settlement(), c.homeCare(), c.contracting());
    }

    public static RuleSetContent withCare(RuleSetContent c, CareTariffs care) {
        return new RuleSetContent(c.scale(), c.entitlement(), care, c.procedure(), c.settlement(), c.homeCare(), c.contracting());
    }

    public static RuleSetContent withProcedure(RuleSetContent c, AssessmentProcedure procedure) {
        return new RuleSetContent(c.scale(), c.entitlement(), c.care(), procedure, c.settlement(), c.homeCare(), c.contracting());
    }

    public static RuleSetContent withSettlement(RuleSetContent c, SettlementTerms settlement) {
        return new RuleSetContent(c.scale(), c.entitlement(), c.care(), c.procedure(), settlement, c.homeCare(), c.contracting());
    }

    public static RuleSetContent withHomeCare(RuleSetContent c, HomeCareTerms homeCare) {
        return new RuleSetContent(c.scale(), c.entitlement(), c.care(), c.procedure(), c.settlement(), homeCare, c.contracting());
    }

    public static RuleSetContent withItems(RuleSetContent c, UnaryOperator<List<ScaleItem>> edit) {
        AssessmentScale s = c.scale();
        return withScale(c, new AssessmentScale(edit.apply(s.items()), s.bands(), s.matrix()));
    }

    /** Replaces (or, with a null range, removes) one band. */
    public static RuleSetContent withBand(RuleSetContent c, Dimension dimension, ImpairmentLevel level,
            ScoreRange range) {
        AssessmentScale s = c.scale();
        Map<Dimension, Map<ImpairmentLevel, ScoreRange>> bands = new EnumMap<>(s.bands());
        Map<ImpairmentLevel, ScoreRange> levels = new EnumMap<>(bands.get(dimension));
        if (range == null) {
            levels.remove(level);
        } else {
            levels.put(level, range);
        }
        bands.put(dimension, levels);
        return withScale(c, new AssessmentScale(s.items(), bands, s.matrix()));
    }

    public static RuleSetContent withMatrix(RuleSetContent c, List<List<Integer>> rows) {
        AssessmentScale s = c.scale();
        return withScale(c, new AssessmentScale(s.items(), s.bands(), new GradeMatrix(rows)));
    }

    public static RuleSetContent withTariffs(RuleSetContent c, UnaryOperator<List<CareTariff>> edit) {
        return withCare(c, new CareTariffs(edit.apply(c.care().tariffs()), c.care().specializedMinimumHospitalLevel()));
    }

    public static ScaleItem item(Dimension dimension, String code, Integer... allowed) {
        return new ScaleItem(dimension, code, "测试项目", List.of(allowed));
    }

    public static CareTariff tariff(CareType type, Integer level, String ratio, String limit) {
        return new CareTariff(type, level, new BigDecimal(ratio), new BigDecimal(limit));
    }

    public static RuleSetContent withContracting(RuleSetContent c, ContractingTerms contracting) {
        return new RuleSetContent(c.scale(), c.entitlement(), c.care(), c.procedure(), c.settlement(), c.homeCare(),
                contracting);
    }
}
