package org.ltcare.policy.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place that says how money is held: yuan as {@link BigDecimal} with 2 decimals, rounded
 * {@link RoundingMode#HALF_UP} (rules.md §5). Settlement rounds once per claim line, never per day.
 */
public final class Yuan {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Yuan() {
    }

    /** Rounds a computed amount to fen. */
    public static BigDecimal round(BigDecimal amount) {
        return amount.setScale(SCALE, ROUNDING);
    }

    /** True if the amount is a whole number of fen ("80", "80.5", "80.50"; not "80.005"). */
    public static boolean isWholeFen(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= SCALE;
    }

    /**
     * Gives a whole-fen amount 2 decimals ("300" → "300.00") so that equal amounts are equal values;
     * an amount with more decimals is kept as is, for the validator to report rather than silently rounded.
     */
    public static BigDecimal normalise(BigDecimal amount) {
        return isWholeFen(amount) ? amount.setScale(SCALE, RoundingMode.UNNECESSARY) : amount;
    }
}
