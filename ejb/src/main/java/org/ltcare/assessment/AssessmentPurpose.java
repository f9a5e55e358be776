package org.ltcare.assessment;

/**
 * Why a round was assessed: the first assessment of an application, a re-assessment (复评) on an accepted objection,
 * a new assessment before the conclusion expires, or one the bureau ordered early (complaint, inspection). Only a
 * re-assessment on an objection skips the public notice, carries a fee and gives a final conclusion.
 */
public enum AssessmentPurpose {
    INITIAL,
    OBJECTION,
    EXPIRY,
    ORDERED;

    public boolean isObjection() {
        return this == OBJECTION;
    }
}
