package org.ltcare.shared.model;

/** Where a background run stands (claim generation, payout batch, fund-impact simulation, report). */
public enum RunStatus {
    /** Set up; nothing done yet (a payout batch before its first run). */
    PREPARED,
    /** Under way, or cut off by a restart of the server (then run again to resume). */
    RUNNING,
    /** Done; running it again changes nothing. */
    COMPLETED,
    /** Stopped by an error, said in the run's failure; what was done before it is kept. Run again to resume. */
    FAILED,
    /** Stopped on request; run again to resume. */
    STOPPED;

    /** A run that ended early and may be run again to go on from where it stopped. */
    public boolean isResumable() {
        return this == FAILED || this == STOPPED;
    }
}
