package org.ltcare.assessment;

/**
 * Where one assessment round stands. AWAITING_ASSESSORS → DISPATCHED → ENTERED (first assessor submitted the
 * 17 items) → CONFIRMED (the second assessor agreed) → APPROVED by the expert review; a review that sends it
 * back returns it to DISPATCHED with the reason, keeping the entered scores as the draft.
 */
public enum AssessmentStatus {
    AWAITING_ASSESSORS,
    DISPATCHED,
    ENTERED,
    CONFIRMED,
    APPROVED
}
