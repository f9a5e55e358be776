package org.ltcare.assessment.scale;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ltcare.policy.rules.AssessmentScale;
import org.ltcare.policy.rules.Dimension;
import org.ltcare.policy.rules.ScaleItem;

/** Builds the item-score maps the calculator takes, starting from "everything at its best". */
final class ItemScores {

    private final AssessmentScale scale;
    private final Map<String, Map<String, Integer>> scores = new LinkedHashMap<>();

    private ItemScores(AssessmentScale scale) {
        this.scale = scale;
    }

    static ItemScores allBest(AssessmentScale scale) {
        ItemScores built = new ItemScores(scale);
        for (ScaleItem item : scale.items()) {
            built.set(item.dimension().key(), item.code(), item.maxScore());
        }
        return built;
    }

    ItemScores set(String dimension, String code, Integer score) {
        scores.computeIfAbsent(dimension, d -> new LinkedHashMap<>()).put(code, score);
        return this;
    }

    ItemScores remove(String dimension, String code) {
        scores.get(dimension).remove(code);
        return this;
    }

    ItemScores removeDimension(String dimension) {
        scores.remove(dimension);
        return this;
    }

    /** Lowers items in form order, each as far as needed, until the dimension adds up to {@code total}. */
    ItemScores summingTo(Dimension dimension, int total) {
        int deficit = scale.maxScore(dimension) - total;
        for (ScaleItem item : scale.itemsOf(dimension)) {
            int best = item.maxScore();
            int remaining = deficit;
            int chosen = item.allowedScores().stream().filter(s -> best - s <= remaining)
                    .mapToInt(Integer::intValue).min().orElse(best);
            set(dimension.key(), item.code(), chosen);
            deficit -= best - chosen;
        }
        if (deficit != 0) {
            throw new IllegalArgumentException(dimension + " cannot add up to " + total);
        }
        return this;
    }

    /** Scores listed in the scale's form order, as in assessment-grades.csv; a short list leaves items out. */
    ItemScores listed(Dimension dimension, List<Integer> values) {
        scores.put(dimension.key(), new LinkedHashMap<>());
        List<ScaleItem> items = scale.itemsOf(dimension);
        for (int i = 0; i < values.size(); i++) {
            set(dimension.key(), items.get(i).code(), values.get(i));
        }
        return this;
    }

    Map<String, Map<String, Integer>> toMap() {
        return scores;
    }
}
