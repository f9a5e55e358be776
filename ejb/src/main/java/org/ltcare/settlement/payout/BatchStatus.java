package org.ltcare.settlement.payout;

/** Where a payout batch stands. A batch that stopped (FAILED) or was cut off (RUNNING) is run again to resume. */
public enum BatchStatus {
    /** Its claims are chosen; nothing is paid yet. */
    PREPARED,
    /** Paying, institution by institution. */
    RUNNING,
    /** An institution could not be paid (e.g. no bank account); the ones before it are paid. Run again to resume. */
    FAILED,
    /** Every claim of the batch is paid; running it again pays nothing. */
    COMPLETED
}
