package org.ltcare.policy.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The scale of one rule-set version: its items (in form order), the score bands of each dimension's
 * levels, and the grade matrix. A band may be missing in a draft; {@link RuleSetValidator} says so.
 */
public record AssessmentScale(List<ScaleItem> items, Map<Dimension, Map<ImpairmentLevel, ScoreRange>> bands,
        GradeMatrix matrix) {

    public AssessmentScale {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        bands = copyOf(Objects.requireNonNull(bands, "bands"));
        Objects.requireNonNull(matrix, "matrix");
    }

    public List<ScaleItem> itemsOf(Dimension dimension) {
        return items.stream().filter(item -> item.dimension() == dimension).toList();
    }

    public Optional<ScaleItem> item(Dimension dimension, String code) {
        return items.stream().filter(i -> i.dimension() == dimension && i.code().equals(code)).findFirst();
    }

    /** The bands of one dimension, by level; a draft may lack some. */
    public Map<ImpairmentLevel, ScoreRange> bandsOf(Dimension dimension) {
        return bands.get(dimension);
    }

    /** The best possible total of a dimension: the sum of its items' best scores (capped, for absurd drafts). */
    public int maxScore(Dimension dimension) {
        long sum = itemsOf(dimension).stream().mapToLong(ScaleItem::maxScore).sum();
        return (int) Math.min(sum, Integer.MAX_VALUE);
    }

    /** Every dimension gets an entry, empty if the draft has no bands for it, so equal content is equal. */
    private static Map<Dimension, Map<ImpairmentLevel, ScoreRange>> copyOf(
            Map<Dimension, Map<ImpairmentLevel, ScoreRange>> bands) {
        Map<Dimension, Map<ImpairmentLevel, ScoreRange>> copy = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            Map<ImpairmentLevel, ScoreRange> levels = new EnumMap<>(ImpairmentLevel.class);
            levels.putAll(bands.getOrDefault(dimension, Map.of()));
            levels.values().forEach(range -> Objects.requireNonNull(range, "a band of " + dimension));
            copy.put(dimension, Collections.unmodifiableMap(levels));
        }
        return Collections.unmodifiableMap(copy);
    }
}
