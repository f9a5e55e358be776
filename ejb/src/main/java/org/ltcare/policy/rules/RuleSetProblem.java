package org.ltcare.policy.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with rule-set content: where ({@code path}, e.g. "bands.adl.MILD", "matrix[2][3]",
 * "tariffs.RESIDENTIAL.fundRatio"), and what, as a message key of the UI bundles with its arguments
 * (already strings, so that MessageFormat does not group digits: "2025", not "2,025").
 */
public record RuleSetProblem(String path, String messageKey, List<String> arguments) {

    public RuleSetProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    static RuleSetProblem of(String path, RuleSetMessage message, Object... arguments) {
        return new RuleSetProblem(path, message.key(),
                Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
