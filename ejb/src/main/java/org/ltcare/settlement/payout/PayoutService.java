package org.ltcare.settlement.payout;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.model.Stamp;
import org.ltcare.shared.model.UniqueKeys;
import org.ltcare.shared.node.RunLeases;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * Payout batches (rules.md §5): an agency officer prepares a batch of a cycle's approved claims of the institutions
 * of the officer's region (a bureau pays its own region's; batches of other regions are not seen) — never claims
 * they approved themselves — and runs it; the run pays institution by institution ({@link PayoutStep}), each in
 * its own transaction. A run that stops (an institution without a bank account, a server cut off) is run again and
 * resumes; a completed batch run again pays nothing. Every claim is in at most one batch (unique row per claim).
 */
@Stateless
public class PayoutService {

    static final int RECENT = 50;
    private static final String TABLE = "payout_batch";
    /** Who pays on a batch whose node was lost, in the audit trail. */
    static final Actor RECOVERY = Actor.system("node-recovery");
    private static final Logger LOG = Logger.getLogger(PayoutService.class.getName());

    @Inject
    private PayoutRepository payouts;

    @Inject
    private PayoutStep step;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private UserAccountRepository accounts;

    @Resource
    private SessionContext context;

    @Inject
    private RunLeases leases;

    /**
     * The approved claims of the cycle that no batch holds yet, of the institutions of the actor's region: what a
     * batch prepared now would pay.
     */
    public List<CareClaim> payable(Actor actor, YearMonth cycle) {
        requireRead(actor);
        return payouts.approvedUnbatched(cycle, accounts.regionOf(actor));
    }

    public PayoutBatch prepare(Actor actor, YearMonth cycle) {
        requireOfficer(actor);
        List<CareClaim> claims = payouts.approvedUnbatched(cycle, accounts.regionOf(actor));
        if (claims.isEmpty()) {
            throw new BusinessException("payout.nothingToPay", cycle.toString());
        }
        String ownApprovals = claims.stream().filter(c -> Stamp.by(c.getApproved(), actor.username()))
                .map(c -> c.getMonth().toString()).distinct().collect(Collectors.joining("、"));
        if (!ownApprovals.isEmpty()) {
            throw new BusinessException("payout.fourEyes", ownApprovals);
        }
        BigDecimal payable = claims.stream().map(CareClaim::getPayable).reduce(BigDecimal.ZERO, BigDecimal::add);
        PayoutBatch batch = new PayoutBatch(cycle, actor.username(), clock.instant(), claims.size(), payable);
        payouts.save(batch);
        for (CareClaim claim : claims) {
            payouts.save(new Payout(batch.getId(), claim.getId(), claim.getInstitutionId(), claim.getPayable(),
                    "LTC-B" + batch.getId() + "-C" + claim.getId()));
        }
        try {
            payouts.flush();
        } catch (EJBException | PersistenceException e) {
            if (!UniqueKeys.violated(e)) {
                throw e;
            }
            // a claim is in one batch (unique row): another officer, or the same on another node, prepared it first
            throw new BusinessException("payout.alreadyBatched", cycle.toString());
        }
        audit.record(actor, "PREPARE_PAYOUT", null, batch);
        return batch;
    }

    /**
     * Runs (or resumes) the batch to its end or to the first institution that cannot be paid; returns it as it
     * stands then. Not in a transaction of its own: each institution's payment commits by itself.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PayoutBatch run(Actor actor, long batchId) {
        requireOfficer(actor);
        PayoutBatch batch = find(actor, batchId);
        if (batch.getRun().isCompleted()) {
            return batch;
        }
        step.start(actor, batchId);
        return pay(actor, batchId);
    }

    /** The institutions still to pay, one after the other, as long as the batch is this node's to run. */
    private PayoutBatch pay(Actor actor, long batchId) {
        for (long institutionId : payouts.institutionsToPay(batchId)) {
            try {
                if (!step.payInstitution(actor, batchId, institutionId)) {
                    LOG.info(() -> "payout batch " + batchId + " is run by another node now; this node stops");
                    return payouts.find(batchId).orElseThrow();
                }
            } catch (BusinessException e) {
                step.failed(actor, batchId, e.messageKey() + "|" + e.arguments().stream().map(String::valueOf)
                        .collect(Collectors.joining("|")));
                return payouts.find(batchId).orElseThrow();
            } catch (RuntimeException e) {
                // the institution's transaction rolled back; what was paid before stays paid, the run is resumable
                LOG.log(Level.SEVERE, "payout batch " + batchId + " interrupted at institution " + institutionId, e);
                step.failed(actor, batchId, "payout.interrupted|" + institutionId);
                return payouts.find(batchId).orElseThrow();
            }
        }
        step.completed(actor, batchId);
        return payouts.find(batchId).orElseThrow();
    }

    /** The same run in the background, for the page: it follows the batch's progress as it grows. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void runInBackground(Actor actor, long batchId) {
        run(actor, batchId);
    }

    /**
     * Every ten seconds, on each node: a running batch whose node is lost (issue 24: killed, cut off, started again)
     * is taken over here and paid on from the next institution — each institution's payment committed with its
     * rows, so none is paid twice; the audit names the recovery as the actor. Of two nodes sweeping at once one
     * takes it; the lost node, should it come back, stops at its next institution.
     */
    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void resumeRunsOfLostNodes() {
        for (long batchId : leases.lostRuns(TABLE)) {
            if (leases.takeOverVersioned(TABLE, batchId)) {
                LOG.warning(() -> "payout batch " + batchId + " lost its node; resumed on this one");
                context.getBusinessObject(PayoutService.class).resumeTakenOver(batchId);
            }
        }
    }

    /** Pays a batch taken over from a lost node, in the background (the sweep goes on with the next). */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void resumeTakenOver(long batchId) {
        step.start(RECOVERY, batchId); // in the audit trail: who went on, and from where
        pay(RECOVERY, batchId);
    }

    /** A batch of the actor's region; another region's is not found (404), as if it did not exist. */
    public PayoutBatch find(Actor actor, long batchId) {
        requireRead(actor);
        return payouts.find(batchId).filter(b -> payouts.isOfRegion(batchId, accounts.regionOf(actor)))
                .orElseThrow(() -> new NotFoundException("PayoutBatch", batchId));
    }

    public List<PayoutBatch> recent(Actor actor) {
        requireRead(actor);
        return payouts.recent(accounts.regionOf(actor), RECENT);
    }

    public List<Payout> rows(Actor actor, long batchId) {
        find(actor, batchId);
        return payouts.rows(batchId);
    }

    /** Bureau roles read batches and their files. */
    static void requireRead(Actor actor) {
        actor.requireBureau("payout.read");
    }

    /** Agency officers (经办) prepare and run batches; approvers approve claims, they do not pay them. */
    public boolean mayRun(Actor actor) {
        return actor.isBureau(Role.AGENCY_REVIEWER);
    }

    private static void requireOfficer(Actor actor) {
        actor.requireBureau(Role.AGENCY_REVIEWER, "payout.run");
    }
}
