package org.ltcare.settlement.claim;

/** What a bureau user may be offered to do with a claim (ClaimReviewService.openActions). */
public enum ClaimAction {
    FIRST_REVIEW,
    SECOND_REVIEW,
    APPROVE,
    /** Record what was done about a claim whose payout deadline was escalated (approvers). */
    HANDLE_ESCALATION
}
