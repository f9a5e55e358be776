package org.ltcare.settlement.simulation;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.RuleSetService;
import org.ltcare.policy.RuleSetStatus;
import org.ltcare.policy.rules.RuleSetValidator;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.node.RunLeases;
import org.ltcare.shared.node.ThisNode;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;

/**
 * Fund-impact simulation (测算, issue 9): what a draft rule-set version would have cost over a past period — the
 * region's approved and paid claim lines computed again under it, month by month in the background, into the
 * simulation's own tables; real claims are only read. Started by an approver or administrator; read by the bureau.
 */
@Stateless
public class SimulationService {

    /** The longest period one simulation covers. */
    public static final int MAX_MONTHS = 24;
    private static final String TABLE = "simulation_run";
    private static final Logger LOG = Logger.getLogger(SimulationService.class.getName());

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    @Inject
    private RuleSetService ruleSets;

    @Inject
    private SimulationStep step;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Inject
    private ThisNode node;

    @Inject
    private RunLeases leases;

    /** Who runs a fund simulation of a draft rule set: the bureau's approvers and the system administrators. */
    public boolean mayStart(Actor actor) {
        return actor.hasAny(Role.BUREAU_APPROVER, Role.SYSTEM_ADMIN);
    }

    /** Checks the request, records the run (committed before it starts) and runs it in the background. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SimulationRun start(Actor actor, long ruleSetId, YearMonth from, YearMonth to) {
        if (!mayStart(actor)) {
            throw new AccessDeniedException("simulation.start.denied");
        }
        RuleSet draft = ruleSets.find(actor, ruleSetId);
        if (draft.getStatus() != RuleSetStatus.DRAFT) {
            throw new BusinessException("simulation.notDraft", draft.getCode());
        }
        if (!RuleSetValidator.validate(draft.content()).isEmpty()) {
            throw new BusinessException("simulation.draftInvalid", draft.getCode());
        }
        checkPeriod(from, to);
        SimulationRun run = context.getBusinessObject(SimulationService.class).create(actor, draft, from, to);
        context.getBusinessObject(SimulationService.class).run(run.getId());
        return run;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SimulationRun create(Actor actor, RuleSet draft, YearMonth from, YearMonth to) {
        SimulationRun run = new SimulationRun(draft.getRegionCode(), draft.getId(), draft.getCode(), from, to,
                actor.username(), clock.instant(), node.bootId());
        em.persist(run);
        return run;
    }

    /**
     * Month by month from the next one not done, each in its own transaction, while the run is this node's; a
     * failure ends the run with its message.
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(long runId) {
        try {
            while (step.nextMonth(runId)) {
                // the step says when the run is complete, or no longer this node's
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Simulation " + runId + " failed", e);
            step.failed(runId, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Every ten seconds, on each node: a running simulation whose node is lost (issue 24) is taken over here and goes
     * on from its next month; of two nodes sweeping at once one takes it.
     */
    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void resumeRunsOfLostNodes() {
        for (long runId : leases.lostRuns(TABLE)) {
            if (leases.takeOverVersioned(TABLE, runId)) {
                LOG.warning(() -> "simulation " + runId + " lost its node; resumed on this one");
                context.getBusinessObject(SimulationService.class).run(runId);
            }
        }
    }

    public List<SimulationRun> recent(Actor actor) {
        actor.requireBureau("simulation.read");
        // by the time started, not by id: two nodes draw ids from blocks of their own
        return em.createQuery("select r from SimulationRun r where r.regionCode = :region "
                + "order by r.started.at desc, r.id desc", SimulationRun.class)
                .setParameter("region", ruleSets.regionOf(actor)).setMaxResults(20).getResultList();
    }

    public SimulationRun find(Actor actor, long runId) {
        actor.requireBureau("simulation.read");
        SimulationRun run = em.find(SimulationRun.class, runId);
        if (run == null || !run.getRegionCode().equals(ruleSets.regionOf(actor))) {
            throw new NotFoundException("SimulationRun", runId);
        }
        return run;
    }

    public List<SimulationResult> results(Actor actor, long runId) {
        find(actor, runId);
        return em.createQuery("select r from SimulationResult r where r.runId = :run order by r.month, "
                + "r.institutionId, r.careType", SimulationResult.class).setParameter("run", runId).getResultList();
    }

    /**
     * The lines the draft changes, the largest differences first ({@code max} from {@code first}; all with a
     * negative {@code max}, for the export).
     */
    public List<SimulationLine> lines(Actor actor, long runId, int first, int max) {
        find(actor, runId);
        var query = em.createQuery("select l from SimulationLine l where l.runId = :run "
                + "order by abs(l.simulatedFund - l.realFund) desc, l.month, l.institutionId, l.id",
                SimulationLine.class).setParameter("run", runId).setFirstResult(first);
        return (max < 0 ? query : query.setMaxResults(max)).getResultList();
    }

    public long lineCount(Actor actor, long runId) {
        find(actor, runId);
        return em.createQuery("select count(l) from SimulationLine l where l.runId = :run", Long.class)
                .setParameter("run", runId).getSingleResult();
    }

    /** The drafts a simulation may use: the region's versions not yet in force. */
    public List<RuleSet> drafts(Actor actor) {
        return ruleSets.list(actor).stream().filter(r -> r.getStatus() == RuleSetStatus.DRAFT).toList();
    }

    private void checkPeriod(YearMonth from, YearMonth to) {
        List<FieldError> errors = new ArrayList<>();
        YearMonth current = YearMonth.now(clock);
        if (from == null) {
            errors.add(new FieldError("from", "validation.required"));
        }
        if (to == null) {
            errors.add(new FieldError("to", "validation.required"));
        } else if (!to.isBefore(current)) {
            errors.add(new FieldError("to", "simulation.periodNotOver"));
        }
        if (from != null && to != null && (from.isAfter(to) || from.plusMonths(MAX_MONTHS - 1L).isBefore(to))) {
            errors.add(new FieldError("from", "simulation.periodInvalid", List.of(String.valueOf(MAX_MONTHS))));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
