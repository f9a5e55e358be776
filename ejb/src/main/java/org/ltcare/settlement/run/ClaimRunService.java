package org.ltcare.settlement.run;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Properties;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.model.RunStatus;
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

    @Inject
    private ClaimRuns runs;

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
        Properties parameters = new Properties();
        parameters.setProperty("month", month.toString());
        parameters.setProperty("region", run.getRegionCode());
        parameters.setProperty("runId", String.valueOf(run.getId()));
        parameters.setProperty("username", actor.username());
        long execution = operator().start(JOB, parameters);
        return runs.executionStarted(run.getId(), execution);
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
            execution = operator().restart(run.getExecutionId(), new Properties());
        } catch (RuntimeException e) {
            runs.ended(runId, RunStatus.FAILED, e.getMessage());
            throw e;
        }
        return runs.executionStarted(runId, execution);
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
