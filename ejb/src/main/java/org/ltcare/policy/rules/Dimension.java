package org.ltcare.policy.rules;

import java.util.Arrays;
import java.util.Optional;

/** The three dimensions of the national disability-assessment scale; {@link #key()} is the JSON and API name. */
public enum Dimension {
    ADL("adl", "日常生活活动能力"),
    COGNITION("cognition", "认知能力"),
    PERCEPTION("perception", "感知觉与沟通能力");

    private final String key;
    private final String nameZh;

    Dimension(String key, String nameZh) {
        this.key = key;
        this.nameZh = nameZh;
    }

    public String key() {
        return key;
    }

    public String nameZh() {
        return nameZh;
    }

    /** The dimension with this JSON key, matched exactly (the API is case-sensitive). */
    public static Optional<Dimension> fromKey(String key) {
        return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst();
    }
}
