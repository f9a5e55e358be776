package org.ltcare.policy.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Collects rule-set problems, with the range checks several parts of the content share. */
final class Problems {

    private final List<RuleSetProblem> found = new ArrayList<>();

    void add(String path, RuleSetMessage message, Object... arguments) {
        found.add(RuleSetProblem.of(path, message, arguments));
    }

    /** Day counts, months, minutes: zero would make a deadline or a limit meaningless. */
    void requirePositive(String path, int value) {
        if (value <= 0) {
            add(path, RuleSetMessage.COUNT_NOT_POSITIVE, value);
        }
    }

    void requireNotNegative(String path, int value) {
        if (value < 0) {
            add(path, RuleSetMessage.VALUE_NEGATIVE, value);
        }
    }

    /** A share such as a fund ratio or a deposit rate: 0 to 1 inclusive. */
    void requireRatio(String path, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            add(path, RuleSetMessage.RATIO_OUT_OF_RANGE, value.toPlainString());
        }
    }

    /** A fee or limit in yuan: not negative, whole fen. */
    void requireAmount(String path, BigDecimal value) {
        if (value.signum() < 0) {
            add(path, RuleSetMessage.AMOUNT_NEGATIVE, value.toPlainString());
        }
        if (!Yuan.isWholeFen(value)) {
            add(path, RuleSetMessage.AMOUNT_TOO_MANY_DECIMALS, value.toPlainString());
        }
    }

    List<RuleSetProblem> toList() {
        return List.copyOf(found);
    }
}
