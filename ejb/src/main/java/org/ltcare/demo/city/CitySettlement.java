package org.ltcare.demo.city;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.ltcare.demo.DemoBackdating;
import org.ltcare.policy.RuleSetService;
import org.ltcare.settlement.claim.ClaimReviewService;
import org.ltcare.settlement.claim.ClaimService;
import org.ltcare.settlement.claim.ClaimStatus;
import org.ltcare.settlement.payout.PayoutBatch;
import org.ltcare.settlement.payout.PayoutService;
import org.ltcare.settlement.queue.ClaimQueueService;
import org.ltcare.settlement.run.ClaimRuns;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.OrganisationKind;
import org.ltcare.shared.security.Role;

/**
 * Settles the generated city's months through the application's own services — its claim generation and
 * automatic audit, submission, both reviews, approval and payout batches, each with its workflow and audit rows —
 * so that every amount is what the application computes from the generated records. Only the dates are moved
 * back into each month's own cycle afterwards ({@link DemoBackdating}), as for the demo's history. Each call is its
 * own transaction, and each step starts from where the month's claims stand: a generation cut short (a server
 * stopped) goes on from there at the next start, and nothing is paid twice (the payout batch pays a claim once).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CitySettlement {

    /** A generated institution's claim of the month as it stands. */
    private record Claim(long id, long institutionId, ClaimStatus status) {
    }

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    @Inject
    private ClaimRuns runs;

    @Inject
    private ClaimService claims;

    @Inject
    private ClaimQueueService queue;

    @Inject
    private ClaimReviewService reviews;

    @Inject
    private PayoutService payouts;

    @Inject
    private DemoBackdating backdating;

    @Inject
    private RuleSetService ruleSets;

    /** Whether the month's claims of the generated institutions exist and are all paid. */
    public boolean isPaid(String region, YearMonth month) {
        List<Claim> found = claimsOf(region, month);
        return !found.isEmpty() && found.stream().allMatch(c -> c.status() == ClaimStatus.PAID);
    }

    /** Whether the generated institutions have claims of the month at all. */
    public boolean isStarted(String region, YearMonth month) {
        return !claimsOf(region, month).isEmpty();
    }

    /** A month generated, submitted in its cycle, reviewed, approved and paid; the claims' count. */
    public int paidMonth(String region, YearMonth month, CityActors actors) {
        generateDrafts(region, month, actors);
        List<Long> open = new ArrayList<>();
        for (Claim claim : claimsOf(region, month)) {
            if (claim.status() == ClaimStatus.DRAFT) {
                open.add(submitInItsCycle(region, claim, month));
            } else if (claim.status() != ClaimStatus.APPROVED && claim.status() != ClaimStatus.PAID) {
                open.add(claim.id());
            }
        }
        reviewed(open, actors);
        for (long id : open) {
            backdating.reviewedAfterSubmission(id, month);
        }
        YearMonth cycle = month.plusMonths(1);
        if (!payouts.payable(actors.officer(), cycle).isEmpty()) {
            payouts.prepare(actors.officer(), cycle);
        }
        for (PayoutBatch batch : payouts.recent(actors.officer())) {
            if (batch.getCycle().equals(cycle) && !batch.getRun().isCompleted()) {
                payouts.run(actors.officer(), batch.getId());
                backdating.paidOn(batch.getId(), cycle.atDay(20).atTime(15, 0));
            }
        }
        return claimsOf(region, month).size();
    }

    /**
     * Last month as a working month looks: a third of the institutions still with a draft, a third submitted and
     * waiting in the review queue, a third approved and waiting for the payout batch. Returns the claims' count.
     */
    public int workingMonth(String region, YearMonth month, CityActors actors) {
        generateDrafts(region, month, actors);
        List<Claim> drafts = claimsOf(region, month);
        List<Long> toApprove = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Claim draft = drafts.get(i);
            if (i % 3 == 0) {
                continue;
            }
            long id = claims.submit(staff(draft.institutionId()), draft.id()).getId();
            if (i % 3 == 2) {
                toApprove.add(id);
            }
        }
        reviewed(toApprove, actors);
        return drafts.size();
    }

    /** Drafts of the generated institutions with people in care (a submitted claim is left as it is). */
    private void generateDrafts(String region, YearMonth month, CityActors actors) {
        List<Long> generated = institutionIds(region);
        for (long institutionId : runs.institutionsInCare(month, region, 0)) {
            if (generated.contains(institutionId)) {
                claims.generateByBureau(actors.officer(), institutionId, month);
            }
        }
    }

    private long submitInItsCycle(String region, Claim draft, YearMonth month) {
        long id = claims.submit(staff(draft.institutionId()), draft.id()).getId();
        LocalDate submittedOn = month.plusMonths(1).atDay(5);
        backdating.submittedInItsCycle(id, month, claims.payoutDue(submittedOn,
                ruleSets.inForce(region, submittedOn).content().settlement()));
        return id;
    }

    /**
     * 一键初审通过 for the clean claims, a first review accepting the computed lines for the others; then the
     * second review and the approval — each claim from the step it stands at.
     */
    private void reviewed(List<Long> ids, CityActors actors) {
        queue.acceptClean(actors.officer(), ids);
        for (long id : ids) {
            ClaimStatus status = claims.find(actors.officer(), id).getStatus();
            if (status == ClaimStatus.SUBMITTED) {
                reviews.firstReview(actors.officer(), id, List.of());
                status = ClaimStatus.FIRST_REVIEWED;
            }
            if (status == ClaimStatus.FIRST_REVIEWED) {
                reviews.secondReview(actors.secondReviewer(), id);
                status = ClaimStatus.SECOND_REVIEWED;
            }
            if (status == ClaimStatus.SECOND_REVIEWED) {
                reviews.approve(actors.approver(), id);
            }
        }
    }

    /** The generated institutions' claims of the month (never the demo's own), by institution. */
    private List<Claim> claimsOf(String region, YearMonth month) {
        List<?> rows = em.createNativeQuery("select c.id, c.institution_id, c.status from care_claim c "
                + "join organisation o on o.id = c.institution_id where o.code like ?1 and c.month = ?2 "
                + "order by c.institution_id").setParameter(1, CityInstitutions.codePrefix(region))
                .setParameter(2, month.toString()).getResultList();
        List<Claim> found = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            found.add(new Claim(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue(),
                    ClaimStatus.valueOf((String) columns[2])));
        }
        return found;
    }

    private List<Long> institutionIds(String region) {
        return em.createNativeQuery("select id from organisation where code like ?1 order by id")
                .setParameter(1, CityInstitutions.codePrefix(region)).getResultList().stream()
                .map(id -> ((Number) id).longValue()).toList();
    }

    /** The staff login of a generated institution ({@link CityInstitutions} made it). */
    private Actor staff(long institutionId) {
        String code = (String) em.createNativeQuery("select code from organisation where id = ?1")
                .setParameter(1, institutionId).getSingleResult();
        return new Actor(CityInstitutions.staffOf(code), institutionId, OrganisationKind.CARE_INSTITUTION,
                EnumSet.of(Role.INSTITUTION_STAFF));
    }
}
