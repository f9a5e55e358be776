package org.ltcare.policy.rules;

import java.util.BitSet;
import java.util.List;
import java.util.OptionalInt;

/**
 * The totals a dimension's items can add up to (ADL: 0, 5, …, 100), for the band checks. A scale whose
 * maximum exceeds {@link #EXACT_UP_TO} is treated as reaching every total, so that a mistyped score
 * (say 100000) costs no memory; such a scale fails the other checks anyway.
 */
final class AchievableTotals {

    static final int EXACT_UP_TO = 10_000;

    /** Null when every whole number counts. */
    private final BitSet exact;

    private AchievableTotals(BitSet exact) {
        this.exact = exact;
    }

    static AchievableTotals of(List<ScaleItem> items) {
        long maximum = items.stream().mapToLong(ScaleItem::maxScore).sum();
        if (maximum > EXACT_UP_TO) {
            return new AchievableTotals(null);
        }
        BitSet totals = new BitSet();
        totals.set(0);
        for (ScaleItem item : items) {
            BitSet next = new BitSet();
            for (int score : item.allowedScores()) {
                if (score >= 0) { // negative scores are reported by the item check
                    totals.stream().forEach(total -> next.set(total + score));
                }
            }
            totals = next;
        }
        return new AchievableTotals(totals);
    }

    /** The lowest achievable total from {@code from} to {@code to} inclusive. */
    OptionalInt firstWithin(int from, int to) {
        if (from > to || to < 0) {
            return OptionalInt.empty();
        }
        int first = exact == null ? Math.max(from, 0) : exact.nextSetBit(Math.max(from, 0));
        return first >= 0 && first <= to ? OptionalInt.of(first) : OptionalInt.empty();
    }

    /** The highest achievable total from {@code from} to {@code to} inclusive. */
    OptionalInt lastWithin(int from, int to) {
        if (from > to || to < 0) {
            return OptionalInt.empty();
        }
        int last = exact == null ? to : exact.previousSetBit(to);
        return last >= Math.max(from, 0) ? OptionalInt.of(last) : OptionalInt.empty();
    }
}
