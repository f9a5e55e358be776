package org.ltcare.assessment.conclusion;

import java.util.Objects;

/** One dimension's subtotal as printed under its items: total, maximum and the impairment level it gives. */
public record DimensionLine(String nameZh, int score, int maxScore, String levelName) {

    public DimensionLine {
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(levelName, "levelName");
        ItemLine.requireScoreWithin(score, maxScore, nameZh);
    }
}
