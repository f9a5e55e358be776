package org.ltcare.policy.rules;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One item of the assessment scale (e.g. ADL "hygiene", allowed 5 or 0). Any score outside
 * {@link #allowedScores()} is invalid input, never a grade. The list keeps the order the form shows
 * (best first); empty, duplicate or negative scores are left for {@link RuleSetValidator} to report.
 */
public record ScaleItem(Dimension dimension, String code, String nameZh, List<Integer> allowedScores) {

    public ScaleItem {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        allowedScores = List.copyOf(Objects.requireNonNull(allowedScores, "allowedScores"));
    }

    public boolean allows(int score) {
        return allowedScores.contains(score);
    }

    /** The best score of the item; 0 for an item without scores (which the validator rejects). */
    public int maxScore() {
        return allowedScores.isEmpty() ? 0 : Collections.max(allowedScores);
    }

    /** "adl.hygiene": the name used in API errors and validation paths. */
    public String fieldName() {
        return dimension.key() + "." + code;
    }
}
