package org.ltcare.policy.rules;

import java.util.Map;

/**
 * Validates the score bands of one dimension: all four levels present, each range the right way round,
 * neighbours without overlap and without a gap, better levels on higher scores, and together covering
 * exactly 0 to the dimension's maximum (the sum of its items' best scores), so that every possible total
 * falls into exactly one level. A gap counts only if a total the items can add up to falls into it: ADL
 * scores move in steps of 5, so "65–95" and "100" are neighbours although 96–99 belong to no level.
 */
final class BandCheck {

    private static final ImpairmentLevel[] BEST_TO_WORST = ImpairmentLevel.values();

    private BandCheck() {
    }

    static void check(AssessmentScale scale, Dimension dimension, Problems problems) {
        String base = "bands." + dimension.key() + ".";
        Map<ImpairmentLevel, ScoreRange> bands = scale.bandsOf(dimension);
        boolean wellFormed = true;
        for (ImpairmentLevel level : BEST_TO_WORST) {
            ScoreRange range = bands.get(level);
            if (range == null) {
                problems.add(base + level, RuleSetMessage.BAND_MISSING);
                wellFormed = false;
            } else if (range.min() > range.max()) {
                problems.add(base + level, RuleSetMessage.BAND_INVERTED, range.min(), range.max());
                wellFormed = false;
            }
        }
        if (!wellFormed) {
            return; // neighbour checks on a missing or inverted band would only repeat the same problem
        }
        AchievableTotals possible = AchievableTotals.of(scale.itemsOf(dimension));
        for (int i = 0; i + 1 < BEST_TO_WORST.length; i++) {
            checkNeighbours(base, BEST_TO_WORST[i], bands.get(BEST_TO_WORST[i]), BEST_TO_WORST[i + 1],
                    bands.get(BEST_TO_WORST[i + 1]), possible, problems);
        }
        ScoreRange worst = bands.get(ImpairmentLevel.SEVERE);
        if (worst.min() != 0) {
            problems.add(base + ImpairmentLevel.SEVERE, RuleSetMessage.BAND_NOT_FROM_ZERO, worst.min());
        }
        ScoreRange best = bands.get(ImpairmentLevel.INTACT);
        int maximum = scale.maxScore(dimension);
        if (best.max() != maximum) {
            problems.add(base + ImpairmentLevel.INTACT, RuleSetMessage.BAND_NOT_TO_MAXIMUM, best.max(), maximum);
        }
    }

    /** Reported on the worse band of the pair. */
    private static void checkNeighbours(String base, ImpairmentLevel betterLevel, ScoreRange better,
            ImpairmentLevel worseLevel, ScoreRange worse, AchievableTotals possible, Problems problems) {
        String path = base + worseLevel;
        if (worse.min() > better.max()) {
            problems.add(path, RuleSetMessage.BAND_ORDER, betterLevel);
        } else if (worse.max() >= better.min()) {
            problems.add(path, RuleSetMessage.BAND_OVERLAP, betterLevel,
                    Math.max(worse.min(), better.min()), Math.min(worse.max(), better.max()));
        } else {
            // worse.max() < better.min() here, so neither bound overflows
            possible.firstWithin(worse.max() + 1, better.min() - 1).ifPresent(first -> problems.add(path,
                    RuleSetMessage.BAND_GAP, betterLevel, first,
                    possible.lastWithin(worse.max() + 1, better.min() - 1).getAsInt()));
        }
    }
}
