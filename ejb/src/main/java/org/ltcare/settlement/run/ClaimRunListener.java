package org.ltcare.settlement.run;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ltcare.shared.model.RunStatus;

/** Records how the run's execution ended (COMPLETED, FAILED, STOPPED) on the run, for the page. */
@Named("claimRunListener")
@Dependent
public class ClaimRunListener extends AbstractJobListener {

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    private JobContext job;

    @Inject
    private ClaimRuns runs;

    @Override
    public void afterJob() {
        RunStatus status = statusOf(job.getBatchStatus());
        runs.ended(Long.parseLong(runId), status, status == RunStatus.COMPLETED ? null : job.getExitStatus());
    }

    /** The batch runtime's end of a job as a run's: stopped on request, or failed (abandoned counts as failed). */
    static RunStatus statusOf(BatchStatus ended) {
        return switch (ended) {
            case COMPLETED -> RunStatus.COMPLETED;
            case STOPPED, STOPPING -> RunStatus.STOPPED;
            case STARTING, STARTED -> RunStatus.RUNNING;
            case FAILED, ABANDONED -> RunStatus.FAILED;
        };
    }
}
