package org.ltcare.settlement.claim;

/** A reviewer's decision on one claim line. */
public enum LineReview {
    PENDING,
    /** Paid as computed. */
    ACCEPTED,
    /** Paid less a deduction from the fund share, with a coded reason. */
    DEDUCTED,
    /** Sent back to the institution to correct (its records) and resubmit. */
    RETURNED
}
