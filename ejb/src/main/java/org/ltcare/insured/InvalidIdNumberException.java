package org.ltcare.insured;

/**
 * A string was offered as a resident ID number and is not one. The message shows the
 * value masked; the raw value is kept for the caller (e.g. to redisplay a form field)
 * and must not be logged.
 */
public class InvalidIdNumberException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final IdNumberProblem problem;
    private final transient String rawValue;

    public InvalidIdNumberException(IdNumberProblem problem, String rawValue) {
        super("Invalid resident ID number (" + problem + "): " + IdNumber.maskRaw(rawValue));
        this.problem = problem;
        this.rawValue = rawValue;
    }

    public IdNumberProblem problem() {
        return problem;
    }

    /** The value as offered, before trimming; may be null. */
    public String rawValue() {
        return rawValue;
    }
}
