package org.ltcare.policy.rules;

import java.util.Arrays;
import java.util.Optional;

/** The three dimensions of the national disability-assessment scale; {@link #key()} is the JSON and API name. */
public enum Dimension {
    ADL("adl"),
    COGNITION("cognition"),
    PERCEPTION("perception");

    private final String key;

    Dimension(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The dimension with this JSON key, matched exactly (the API is case-sensitive). */
    public static Optional<Dimension> fromKey(String key) {
        return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst();
    }
}
