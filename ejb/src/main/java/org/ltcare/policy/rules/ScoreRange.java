package org.ltcare.policy.rules;

/**
 * An inclusive range of dimension totals, e.g. ADL 65–95 for {@link ImpairmentLevel#MILD}.
 * An inverted range is representable on purpose: a bureau's draft may hold one, and
 * {@link RuleSetValidator} reports it with every other problem instead of failing on the first.
 */
public record ScoreRange(int min, int max) {

    public boolean contains(int score) {
        return score >= min && score <= max;
    }

    @Override
    public String toString() {
        return min == max ? String.valueOf(min) : min + "–" + max;
    }
}
