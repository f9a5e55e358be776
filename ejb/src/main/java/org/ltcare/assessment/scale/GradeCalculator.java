package org.ltcare.assessment.scale;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ltcare.assessment.scale.GradeExplanation.DimensionScore;
import org.ltcare.assessment.scale.GradeExplanation.ItemScore;
import org.ltcare.policy.rules.AssessmentScale;
import org.ltcare.policy.rules.Dimension;
import org.ltcare.policy.rules.FieldProblem;
import org.ltcare.policy.rules.ImpairmentLevel;
import org.ltcare.policy.rules.ScoreRange;

/**
 * Grades an assessment with the scale of a rule-set version (rules.md §1): sum each dimension's item scores,
 * find each total's level in the dimension's bands, take the worse of the cognition and perception levels
 * (CP) and read the grade from the matrix at (ADL level, CP). The scale must be valid
 * ({@code RuleSetValidator}); the scores are checked here, since they come from people and clients.
 */
public final class GradeCalculator {

    private GradeCalculator() {
    }

    /**
     * @param itemScores by dimension key ("adl", "cognition", "perception"), then by item code ("hygiene")
     * @throws InvalidScoresException naming every missing, unknown or disallowed score
     */
    public static GradeResult compute(AssessmentScale scale, Map<String, Map<String, Integer>> itemScores) {
        return explain(scale, itemScores).result();
    }

    /**
     * Grades and keeps every step: the grade is read from the explanation, so the two cannot differ.
     *
     * @throws InvalidScoresException naming every missing, unknown or disallowed score
     */
    public static GradeExplanation explain(AssessmentScale scale, Map<String, Map<String, Integer>> itemScores) {
        Objects.requireNonNull(scale, "scale");
        List<FieldProblem> problems = ScoreInputCheck.check(scale, itemScores);
        if (!problems.isEmpty()) {
            throw new InvalidScoresException(problems);
        }
        DimensionScore adl = scored(scale, Dimension.ADL, itemScores);
        DimensionScore cognition = scored(scale, Dimension.COGNITION, itemScores);
        DimensionScore perception = scored(scale, Dimension.PERCEPTION, itemScores);
        int grade = scale.matrix().gradeAt(adl.level(), cognition.level().worse(perception.level()));
        return new GradeExplanation(List.of(adl, cognition, perception),
                new GradeResult(adl.total(), cognition.total(), perception.total(), adl.level(), cognition.level(),
                        perception.level(), DisabilityGrade.of(grade)));
    }

    /** Every bad field of the scores (missing, unknown, not allowed), in form order; empty when they grade. */
    public static List<FieldProblem> problems(AssessmentScale scale, Map<String, Map<String, Integer>> itemScores) {
        return ScoreInputCheck.check(Objects.requireNonNull(scale, "scale"), itemScores);
    }

    /** Only the scale's items count; the check above has refused any other key. */
    private static DimensionScore scored(AssessmentScale scale, Dimension dimension,
            Map<String, Map<String, Integer>> itemScores) {
        Map<String, Integer> scores = itemScores.get(dimension.key());
        List<ItemScore> items = scale.itemsOf(dimension).stream()
                .map(item -> new ItemScore(item.code(), item.nameZh(), scores.get(item.code()))).toList();
        int total = items.stream().mapToInt(ItemScore::score).sum();
        ImpairmentLevel level = levelOf(scale, dimension, total);
        ScoreRange band = scale.bandsOf(dimension).get(level);
        return new DimensionScore(dimension, items, total, band.min(), band.max(), level);
    }

    /** @throws IllegalStateException if no band holds the total: the rule set was not validated */
    static ImpairmentLevel levelOf(AssessmentScale scale, Dimension dimension, int total) {
        Map<ImpairmentLevel, ScoreRange> bands = scale.bandsOf(dimension);
        for (ImpairmentLevel level : ImpairmentLevel.values()) {
            ScoreRange band = bands.get(level);
            if (band != null && band.contains(total)) {
                return level;
            }
        }
        throw new IllegalStateException("no " + dimension.key() + " band holds " + total + "; validate the rule set");
    }
}
