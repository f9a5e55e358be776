package org.ltcare.settlement.run;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

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
        String status = job.getBatchStatus().name();
        runs.ended(Long.parseLong(runId), status, "COMPLETED".equals(status) ? null : job.getExitStatus());
    }
}
