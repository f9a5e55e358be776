package org.ltcare.assessment.scale;

/** Why an item score was refused; the UI bundle key is "assessmentScore." + the constant's name. */
public enum ScoreProblemCode {
    /** A dimension or an item without a score (absent or null). */
    MISSING,
    /** A key that is not an item of the dimension, or not a dimension at all. */
    UNKNOWN_ITEM,
    /** A score outside the item's allowed set; arguments: the score, the allowed scores ("10、5、0"). */
    SCORE_NOT_ALLOWED;

    public String messageKey() {
        return "assessmentScore." + name();
    }
}
