package org.ltcare.shared.model;

/** Where a background run stands (claim generation, payout batch, fund-impact simulation, report). */
public enum RunStatus {
    /** Set up; nothing done yet (a payout batch before its first run). */
    PREPARED,
    /**
     * Under way on the node named by the run; when that node is lost (killed, cut off, started again) a live node
     * takes the run over and resumes it (issue 24: {@code org.ltcare.shared.node.NodeLeases}).
     */
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
