package org.ltcare.assessment.conclusion;

import java.util.Objects;

/**
 * One dimension's subtotal as printed under its items: total, maximum, the band of the scale that holds the total
 * ("45–60") and the impairment level it gives.
 */
public record DimensionLine(String nameZh, int score, int maxScore, String band, String levelName) {

    public DimensionLine {
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(levelName, "levelName");
        ItemLine.requireScoreWithin(score, maxScore, nameZh);
    }
}
