package org.ltcare.shared.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.ltcare.shared.FormText;
import org.ltcare.shared.audit.AuditedField;

/**
 * The status of a background run and why it stopped, the same for every kind of run: the record of the run keeps
 * its own progress (institutions, months, claims or per cent) beside it.
 */
@Embeddable
public class RunState {

    /** The longest failure text kept (the column's size). */
    public static final int FAILURE_MAX = 500;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    @AuditedField
    private RunStatus status;

    @Column(name = "failure")
    @AuditedField
    private String failure;

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
}
