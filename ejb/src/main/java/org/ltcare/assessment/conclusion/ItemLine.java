package org.ltcare.assessment.conclusion;

import java.util.Objects;

/** One scale item as printed in the score table; {@code dimensionZh} names the {@link DimensionLine} it adds up to. */
public record ItemLine(String dimensionZh, String itemZh, int score, int maxScore) {

    public ItemLine {
        Objects.requireNonNull(dimensionZh, "dimensionZh");
        Objects.requireNonNull(itemZh, "itemZh");
        requireScoreWithin(score, maxScore, itemZh);
    }

    static void requireScoreWithin(int score, int maxScore, String what) {
        if (maxScore <= 0 || score < 0 || score > maxScore) {
            throw new IllegalArgumentException(what + ": score " + score + " outside 0–" + maxScore);
        }
    }
}
