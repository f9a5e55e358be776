package org.ltcare.assessment.scale;

import static org.ltcare.assessment.scale.ScoreProblemCode.MISSING;
import static org.ltcare.assessment.scale.ScoreProblemCode.SCORE_NOT_ALLOWED;
import static org.ltcare.assessment.scale.ScoreProblemCode.UNKNOWN_ITEM;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ltcare.policy.rules.AssessmentScale;
import org.ltcare.policy.rules.Dimension;
import org.ltcare.policy.rules.FieldProblem;
import org.ltcare.policy.rules.ScaleItem;

/**
 * Finds every bad field of a set of item scores, in a stable order: per dimension, the scale's items in form
 * order, then unknown keys alphabetically; unknown dimensions last. A missing dimension is one problem
 * (field "cognition"), not one per item.
 */
final class ScoreInputCheck {

    private static final String ALLOWED_SCORE_SEPARATOR = "、";

    private ScoreInputCheck() {
    }

    static List<FieldProblem> check(AssessmentScale scale, Map<String, Map<String, Integer>> itemScores) {
        Map<String, Map<String, Integer>> input = itemScores == null ? Map.of() : itemScores;
        List<FieldProblem> problems = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            Map<String, Integer> scores = input.get(dimension.key());
            if (scores == null) {
                problems.add(FieldProblem.of(dimension.key(), MISSING.name()));
                continue;
            }
            List<ScaleItem> items = scale.itemsOf(dimension);
            items.forEach(item -> checkItem(item, scores.get(item.code()), problems));
            Set<String> codes = items.stream().map(ScaleItem::code).collect(Collectors.toSet());
            unknownKeys(scores.keySet(), codes).forEach(key ->
                    problems.add(FieldProblem.of(dimension.key() + "." + key, UNKNOWN_ITEM.name())));
        }
        Set<String> dimensionKeys = Set.of(Dimension.ADL.key(), Dimension.COGNITION.key(), Dimension.PERCEPTION.key());
        unknownKeys(input.keySet(), dimensionKeys).forEach(key ->
                problems.add(FieldProblem.of(key, UNKNOWN_ITEM.name())));
        return problems;
    }

    private static void checkItem(ScaleItem item, Integer score, List<FieldProblem> problems) {
        if (score == null) {
            problems.add(FieldProblem.of(item.fieldName(), MISSING.name()));
        } else if (!item.allows(score)) {
            String allowed = item.allowedScores().stream().map(String::valueOf)
                    .collect(Collectors.joining(ALLOWED_SCORE_SEPARATOR));
            problems.add(FieldProblem.of(item.fieldName(), SCORE_NOT_ALLOWED.name(), score, allowed));
        }
    }

    private static List<String> unknownKeys(Set<String> given, Set<String> known) {
        return given.stream().map(String::valueOf).filter(key -> !known.contains(key)).sorted().toList();
    }
}
