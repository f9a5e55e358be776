package org.ltcare.settlement.claim;

/** Where a claim stands. The reviews, approval and payout come with the next parts of the settlement issue. */
public enum ClaimStatus {
    /** Generated from the care records; the institution may generate it again until it submits. */
    DRAFT,
    /** Submitted in the claim window; its month's care records are closed. */
    SUBMITTED
}
