package org.ltcare.api.input;

/**
 * What a request to the API may be at most, so that no body costs the server more than its use needs: size,
 * nesting, keys of one object, the size of a number, and how many errors an answer lists.
 */
public final class ApiLimits {

    /** The body of an ordinary operation (an application, a trial calculation): far above any real one. */
    public static final int DEFAULT_BODY_BYTES = 256 * 1024;

    /** Objects and arrays inside each other: the documented bodies nest three deep. */
    public static final int MAX_DEPTH = 16;

    /** Keys of one JSON object: the largest documented object (an assessment's items) has under 30. */
    public static final int MAX_KEYS = 200;

    /**
     * A JSON number may have at most this many digits before and after the point (1E+9999 has ten thousand): no
     * amount, count or id comes near it.
     */
    public static final int MAX_NUMBER_DIGITS = 18;

    /** An answer lists at most this many field errors (a body with thousands of bad fields gets the first ones). */
    public static final int MAX_ERRORS = 100;

    private ApiLimits() {
    }
}
