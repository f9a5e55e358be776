package org.ltcare.settlement.claim;

/** Where a claim stands, from generation to payment. */
public enum ClaimStatus {
    /** Generated from the care records; the institution may generate it again until it submits. */
    DRAFT,
    /** Submitted in the claim window; its month's care records are closed. Waits for the first review. */
    SUBMITTED,
    /** The first review returned lines: the institution corrects and resubmits (once). */
    RETURNED,
    /** Waits for the second review. */
    FIRST_REVIEWED,
    /** Waits for the payout approval. */
    SECOND_REVIEWED,
    /** Approved for payout: a payout batch of its cycle pays it. */
    APPROVED,
    /** Paid by a payout batch (exactly once), the quality deposit withheld. */
    PAID
}
