package org.ltcare.policy.rules;

/**
 * Rule-set JSON that cannot be read at all: not JSON, a key missing, a value of the wrong type or an
 * unknown code. Content that reads but breaks a policy rule is not an exception but a {@link RuleSetProblem}.
 */
public class RuleSetFormatException extends IllegalArgumentException {

    private final String path;

    public RuleSetFormatException(String path, String reason) {
        super("rule-set JSON at " + (path.isEmpty() ? "the top level" : path) + ": " + reason);
        this.path = path;
    }

    public RuleSetFormatException(String reason, Throwable cause) {
        super("rule-set JSON: " + reason, cause);
        this.path = "";
    }

    /** Where in the document, e.g. "care.tariffs[3].fundRatio"; empty for the whole document. */
    public String path() {
        return path;
    }
}
