package org.ltcare.settlement.run;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.model.RunStatus;
import org.ltcare.shared.node.RunLeases;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * Starts and restarts the city-wide claim generation (Jakarta Batch job {@code claim-generation}) for a month that
 * has ended: an agency officer's action; the bureau follows the runs' progress. Not transactional itself: the run
 * is committed before the job (on its own threads) reads it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClaimRunService {

    static final String JOB = "claim-generation";
    private static final String TABLE = "claim_run";
    private static final Logger LOG = Logger.getLogger(ClaimRunService.class.getName());

    @Inject
    private ClaimRuns runs;

    @Inject
    private RunLeases leases;

    @Inject
    private Clock clock;

    @Inject
    private UserAccountRepository accounts;

    public ClaimRun start(Actor actor, YearMonth month) {
        requireOfficer(actor);
        if (!month.isBefore(YearMonth.now(clock))) {
            throw new BusinessException("claim.monthNotOver", month.toString());
        }
        ClaimRun run = runs.create(month, accounts.regionOf(actor), actor.username());
        long execution = operator().start(JOB, parameters(run));
        return runs.executionStarted(run.getId(), execution);
    }

    private static Properties parameters(ClaimRun run) {
        Properties parameters = new Properties();
        parameters.setProperty("month", run.getMonth().toString());
        parameters.setProperty("region", run.getRegionCode());
        parameters.setProperty("runId", String.valueOf(run.getId()));
        parameters.setProperty("username", run.getStarted().getBy());
        return parameters;
    }

    /**
     * Every ten seconds, on each node: a running run whose node is lost (issue 24) is taken over here and goes on
     * from its last checkpoint — the batch runtime's execution, left STARTED by the dead node, is restarted with
     * JBeret's {@code force} mode (we know its node is gone); a run whose job had not begun is started. Of two nodes
     * sweeping at once one takes it.
     */
    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    public void resumeRunsOfLostNodes() {
        for (long runId : leases.lostRuns(TABLE)) {
            if (leases.takeOver(TABLE, runId)) {
                resumeTakenOver(runId);
            }
        }
    }

    private void resumeTakenOver(long runId) {
        ClaimRun run = runs.find(runId).orElseThrow();
        LOG.warning(() -> "claim run " + runId + " (" + run.getMonth() + ") lost its node; resumed on this one");
        try {
            Properties force = new Properties();
            force.setProperty("jberet.restart.mode", "force");
            runs.executionStarted(runId, launch(run, force));
        } catch (JobExecutionAlreadyCompleteException e) {
            runs.ended(runId, RunStatus.COMPLETED, null); // it ended as its node died, before saying so
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "claim run " + runId + " could not be resumed", e);
            runs.ended(runId, RunStatus.FAILED, e.getMessage()); // the officer restarts it by hand
        }
    }

    /** Restarts a failed or stopped run from its last checkpoint. */
    public ClaimRun restart(Actor actor, long runId) {
        requireOfficer(actor);
        ClaimRun run = find(actor, runId);
        if (!runs.restarting(runId)) {
            throw new BusinessException("claimRun.notRestartable", runId);
        }
        long execution;
        try {
            execution = launch(run, new Properties());
        } catch (RuntimeException e) {
            runs.ended(runId, RunStatus.FAILED, e.getMessage());
            throw e;
        }
        return runs.executionStarted(runId, execution);
    }

    /** Restarts the run's job from its checkpoint; starts it when it never began (its node stopped before). */
    private static long launch(ClaimRun run, Properties restartParameters) {
        if (run.getExecutionId() == null) {
            return operator().start(JOB, parameters(run));
        }
        return operator().restart(run.getExecutionId(), restartParameters);
    }

    public List<ClaimRun> recent(Actor actor) {
        actor.requireBureau("claimRun.read");
        return runs.recent(accounts.regionOf(actor));
    }

    /** A run of the actor's region; another region's is not found. */
    public ClaimRun find(Actor actor, long runId) {
        actor.requireBureau("claimRun.read");
        String region = accounts.regionOf(actor);
        return runs.find(runId).filter(r -> r.getRegionCode().equals(region))
                .orElseThrow(() -> new NotFoundException("ClaimRun", runId));
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    /** Agency officers (经办) start and continue the city-wide generation. */
    public boolean mayStart(Actor actor) {
        return actor.isBureau(Role.AGENCY_REVIEWER);
    }

    private static void requireOfficer(Actor actor) {
        actor.requireBureau(Role.AGENCY_REVIEWER, "claimRun.start");
    }
}
