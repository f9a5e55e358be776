package org.ltcare.settlement.claim;

/** The review steps of a claim that a bureau user may be offered (ClaimReviewService.openActions). */
public enum ClaimAction {
    FIRST_REVIEW,
    SECOND_REVIEW,
    APPROVE
}
