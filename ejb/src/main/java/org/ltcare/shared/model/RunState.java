package org.ltcare.shared.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import org.ltcare.shared.FormText;
import org.ltcare.shared.audit.AuditedField;

/**
 * The state of a background run, the same for every kind of run: its status, why it stopped, and how far it has
 * got — {@code done} out of {@code total}, counted in what the run works through (institutions, months, claims or
 * per cent), so every record shows its progress by one rule.
 */
@Embeddable
public class RunState implements Serializable {

    /** The longest failure text kept (the column's size). */
    public static final int FAILURE_MAX = 500;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    @AuditedField
    private RunStatus status;

    @Column(name = "failure")
    @AuditedField
    private String failure;

    // Not audited here: a record whose counts are audited names them itself (a payout batch's claim counts).
    @Column(name = "total")
    private int total;

    @Column(name = "done")
    private int done;

    protected RunState() {
        // for JPA
    }

    private RunState(RunStatus status) {
        this.status = status;
    }

    public static RunState prepared() {
        return new RunState(RunStatus.PREPARED);
    }

    public static RunState running() {
        return new RunState(RunStatus.RUNNING);
    }

    /** What the run has to work through, known before it begins. */
    public void counted(int total) {
        this.total = total;
    }

    /** {@code by} more worked through. */
    public void advanced(int by) {
        done += by;
    }

    /** As far as {@code done}, for a run that knows where it stands rather than how much it added. */
    public void reached(int done) {
        this.done = done;
    }

    /** Under way again (a resumed or restarted run): the last failure is forgotten. */
    public void resume() {
        status = RunStatus.RUNNING;
        failure = null;
    }

    public void completed() {
        status = RunStatus.COMPLETED;
        failure = null;
    }

    public void failed(String why) {
        ended(RunStatus.FAILED, why);
    }

    /** Ended with {@code status}, {@code why} kept (cut to {@link #FAILURE_MAX}). */
    public void ended(RunStatus status, String why) {
        this.status = status;
        this.failure = FormText.cut(why, FAILURE_MAX);
    }

    public RunStatus getStatus() {
        return status;
    }

    public String getFailure() {
        return failure;
    }

    public boolean isRunning() {
        return status == RunStatus.RUNNING;
    }

    public boolean isCompleted() {
        return status == RunStatus.COMPLETED;
    }

    public int getTotal() {
        return total;
    }

    public int getDone() {
        return done;
    }

    /** Done out of total in per cent, for the progress bar; with nothing to do, full once completed. */
    public int getProgress() {
        if (total == 0) {
            return isCompleted() ? 100 : 0;
        }
        return Math.min(100, done * 100 / total);
    }
}
