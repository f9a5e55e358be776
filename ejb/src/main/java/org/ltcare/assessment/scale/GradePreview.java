package org.ltcare.assessment.scale;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ltcare.policy.rules.AssessmentScale;
import org.ltcare.policy.rules.Dimension;
import org.ltcare.policy.rules.ImpairmentLevel;
import org.ltcare.policy.rules.ScaleItem;

/**
 * What the assessment form shows while the items are being chosen: each dimension's total so far and, once all
 * its items are chosen, its level; the grade once all 17 are. Scores outside an item's set are left out (the
 * form offers only allowed ones; the service refuses others when saving). The grade itself comes from
 * {@link GradeCalculator}, the same code that grades what is stored.
 */
public record GradePreview(Map<Dimension, DimensionPreview> dimensions, Optional<GradeResult> result) {

    /** One dimension: the sum of the chosen scores, how many of its items are chosen, its level when complete. */
    public record DimensionPreview(int score, int chosen, int items, Optional<ImpairmentLevel> level) {

        public boolean isComplete() {
            return chosen == items;
        }
    }

    public GradePreview {
        dimensions = Map.copyOf(dimensions);
        Objects.requireNonNull(result, "result");
    }

    public static GradePreview of(AssessmentScale scale, Map<String, Map<String, Integer>> itemScores) {
        Map<Dimension, DimensionPreview> dimensions = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            Map<String, Integer> scores = itemScores == null ? Map.of()
                    : itemScores.getOrDefault(dimension.key(), Map.of());
            List<ScaleItem> items = scale.itemsOf(dimension);
            List<Integer> valid = items.stream()
                    .filter(item -> scores.get(item.code()) != null && item.allows(scores.get(item.code())))
                    .map(item -> scores.get(item.code())).toList();
            int sum = valid.stream().mapToInt(Integer::intValue).sum();
            boolean complete = valid.size() == items.size();
            dimensions.put(dimension, new DimensionPreview(sum, valid.size(), items.size(),
                    complete ? Optional.of(GradeCalculator.levelOf(scale, dimension, sum)) : Optional.empty()));
        }
        boolean allComplete = dimensions.values().stream().allMatch(DimensionPreview::isComplete);
        return new GradePreview(dimensions,
                allComplete ? Optional.of(GradeCalculator.compute(scale, itemScores)) : Optional.empty());
    }

    public DimensionPreview of(Dimension dimension) {
        return dimensions.get(dimension);
    }
}
