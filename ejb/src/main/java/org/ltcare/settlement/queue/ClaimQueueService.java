package org.ltcare.settlement.queue;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.ltcare.institution.InstitutionRepository;
import org.ltcare.policy.auditrule.AuditRule;
import org.ltcare.policy.rules.CareType;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.settlement.claim.ClaimReviewService;
import org.ltcare.settlement.claim.ClaimStatus;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;

/**
 * The bureau's queue across institutions: the claims of a cycle waiting for the acting user's step — first or
 * second review for agency reviewers (not the second review of their own first), the payout approval for approvers
 * (not what they reviewed) — with their anomaly counts; bulk acceptance of clean claims (no anomaly flagged);
 * the approvers' totals by institution and by care type.
 */
@Stateless
public class ClaimQueueService {

    static final int ACCEPT_CHUNK = 25;

    /** Chunks accepted at once, each by one of the server's managed threads. */
    static final int PARALLEL_CHUNKS = 2;

    @Resource
    private ManagedExecutorService executor;

    private static final Set<AuditRule> ANOMALIES = EnumSet.copyOf(java.util.Arrays.stream(AuditRule.values())
            .filter(rule -> rule.kind() == AuditRule.Kind.ANOMALY).toList());

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private ClaimReviewService reviews;

    public List<QueueRow> queue(Actor actor, YearMonth cycle, String institutionText, boolean anomaliesOnly) {
        Set<ClaimStatus> steps = stepsOf(actor);
        if (steps.isEmpty()) {
            throw new AccessDeniedException("claim.reviewAction");
        }
        List<CareClaim> waiting = em.createQuery("select c from CareClaim c where c.cycle = :cycle "
                + "and c.status in :steps order by c.payoutDueOn, c.id", CareClaim.class)
                .setParameter("cycle", cycle.toString()).setParameter("steps", steps).getResultList();
        Map<Long, Long> anomalies = anomalyCounts(waiting.stream().map(CareClaim::getId).toList());
        Map<Long, String> names = institutions.namesOf(waiting.stream().map(CareClaim::getInstitutionId).toList());
        String text = institutionText == null ? "" : institutionText.trim();
        List<QueueRow> rows = new ArrayList<>();
        for (CareClaim claim : waiting) {
            if (!claim.leavesNextStepTo(actor.username())) {
                continue;
            }
            String name = names.getOrDefault(claim.getInstitutionId(), "");
            long flagged = anomalies.getOrDefault(claim.getId(), 0L);
            if ((text.isEmpty() || name.contains(text)) && (!anomaliesOnly || flagged > 0)) {
                rows.add(new QueueRow(claim, name, flagged));
            }
        }
        return rows;
    }

    /** Whether the actor may accept clean claims in bulk (the check {@code acceptClean} makes). */
    public boolean mayAcceptClean(Actor actor) {
        return actor.isBureau(Role.AGENCY_REVIEWER);
    }

    /**
     * Accepts the clean claims in chunks of {@value #ACCEPT_CHUNK}, a transaction each (issue 23: a transaction per
     * claim made 2,000 claims a matter of minutes), {@link #PARALLEL_CHUNKS} chunks at a time: a claim's workflow
     * step is some 30 round trips to the database, so one chunk at a time left the server and the database mostly
     * waiting for each other. A claim another reviewer took meanwhile is passed over; should a chunk fail all the
     * same, its claims are tried again one by one, so one claim never holds back the others.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int acceptClean(Actor actor, List<Long> claimIds) {
        return acceptClean(actor, claimIds, ACCEPT_CHUNK);
    }

    /** {@link #acceptClean(Actor, List)} in chunks of this many claims (tests use small ones to have several). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int acceptClean(Actor actor, List<Long> claimIds, int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size " + chunkSize);
        }
        actor.requireBureau(Role.AGENCY_REVIEWER, "claim.reviewAction");
        Map<Long, Long> anomalies = anomalyCounts(claimIds);
        // one order for every reviewer, so that two bulk acceptances over the same claims never lock each other:
        // each chunk locks its claims in ascending order, and chunks are disjoint ranges of that order
        List<Long> clean = claimIds.stream().filter(id -> anomalies.getOrDefault(id, 0L) == 0).sorted().distinct()
                .toList();
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < clean.size(); from += chunkSize) {
            chunks.add(clean.subList(from, Math.min(clean.size(), from + chunkSize)));
        }
        // this many workers take the chunks in turn, each chunk its own transaction
        AtomicInteger next = new AtomicInteger();
        Callable<Integer> worker = () -> {
            int accepted = 0;
            for (int i = next.getAndIncrement(); i < chunks.size(); i = next.getAndIncrement()) {
                accepted += acceptChunk(actor, chunks.get(i));
            }
            return accepted;
        };
        List<Future<Integer>> workers = new ArrayList<>();
        for (int i = 0; i < Math.min(PARALLEL_CHUNKS, chunks.size()); i++) {
            workers.add(executor.submit(worker));
        }
        int accepted = 0;
        for (Future<Integer> done : workers) {
            accepted += outcomeOf(done);
        }
        return accepted;
    }

    private int acceptChunk(Actor actor, List<Long> chunk) {
        try {
            return reviews.acceptAsComputed(actor, chunk).size();
        } catch (RuntimeException chunkFailed) {
            return acceptOneByOne(actor, chunk);
        }
    }

    /** A worker's count once it is done; what failed it fails the acceptance, as it would have in this thread. */
    private static int outcomeOf(Future<Integer> worker) {
        try {
            return worker.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private int acceptOneByOne(Actor actor, List<Long> claimIds) {
        int accepted = 0;
        for (long id : claimIds) {
            try {
                accepted += reviews.acceptAsComputed(actor, List.of(id)).size();
            } catch (BusinessException e) {
                // not at its first review any more, or its workflow no longer waits for it: left as it is
            }
        }
        return accepted;
    }

    /** The cycle's claims at or past the second review, by institution. */
    public List<CycleTotal> totalsByInstitution(Actor actor, YearMonth cycle) {
        actor.requireBureau("claim.read");
        List<Object[]> rows = em.createQuery("select c.institutionId, count(c), sum(c.amounts.fundShare), "
                + "sum(c.deducted) from CareClaim c where c.cycle = :cycle and c.status in :decided "
                + "group by c.institutionId order by c.institutionId", Object[].class)
                .setParameter("cycle", cycle.toString()).setParameter("decided", decided()).getResultList();
        Map<Long, String> names = institutions.namesOf(rows.stream().map(r -> (Long) r[0]).toList());
        return rows.stream().map(r -> new CycleTotal(names.getOrDefault((Long) r[0], String.valueOf(r[0])),
                (Long) r[1], (BigDecimal) r[2], (BigDecimal) r[3])).toList();
    }

    /** The same claims' lines by care type. */
    public List<CycleTotal> totalsByCareType(Actor actor, YearMonth cycle) {
        actor.requireBureau("claim.read");
        List<Object[]> rows = em.createQuery("select l.careType, count(l), sum(l.amounts.fundShare), "
                + "sum(l.deduction) from ClaimLine l, CareClaim c where c.id = l.claimId and c.cycle = :cycle "
                + "and c.status in :decided group by l.careType order by l.careType", Object[].class)
                .setParameter("cycle", cycle.toString()).setParameter("decided", decided()).getResultList();
        return rows.stream().map(r -> new CycleTotal(((CareType) r[0]).name(), (Long) r[1], (BigDecimal) r[2],
                (BigDecimal) r[3])).toList();
    }

    private Map<Long, Long> anomalyCounts(List<Long> claimIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (claimIds.isEmpty()) {
            return counts;
        }
        em.createQuery("select f.claimId, count(f) from ClaimFinding f where f.claimId in :claims "
                + "and f.rule in :anomalies group by f.claimId", Object[].class).setParameter("claims", claimIds)
                .setParameter("anomalies", ANOMALIES).getResultList()
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    private static Set<ClaimStatus> stepsOf(Actor actor) {
        Set<ClaimStatus> steps = EnumSet.noneOf(ClaimStatus.class);
        if (actor.isInstitutionScoped()) {
            return steps;
        }
        if (actor.has(Role.AGENCY_REVIEWER)) {
            steps.add(ClaimStatus.SUBMITTED);
            steps.add(ClaimStatus.FIRST_REVIEWED);
        }
        if (actor.has(Role.BUREAU_APPROVER)) {
            steps.add(ClaimStatus.SECOND_REVIEWED);
        }
        return steps;
    }

    private static Set<ClaimStatus> decided() {
        return EnumSet.of(ClaimStatus.SECOND_REVIEWED, ClaimStatus.APPROVED, ClaimStatus.PAID);
    }

}
