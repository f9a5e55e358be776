package org.ltcare.settlement.claim;

import jakarta.ejb.Stateless;
import jakarta.persistence.LockModeType;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ltcare.shared.model.EntityRepository;

/** JPA queries for claims and their lines. */
@Stateless
public class ClaimRepository extends EntityRepository<CareClaim> {

    public ClaimRepository() {
        super(CareClaim.class);
    }

    /** The institution's claim for the month, locked: generation and submission of one claim go one at a time. */
    public Optional<CareClaim> ofMonthForUpdate(long institutionId, YearMonth month) {
        return ofMonthQuery(institutionId, month).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .findFirst();
    }

    public Optional<CareClaim> ofMonth(long institutionId, YearMonth month) {
        return ofMonthQuery(institutionId, month).getResultStream().findFirst();
    }

    private jakarta.persistence.TypedQuery<CareClaim> ofMonthQuery(long institutionId, YearMonth month) {
        return em.createQuery("select c from CareClaim c where c.institutionId = :institution and c.month = :month",
                CareClaim.class).setParameter("institution", institutionId).setParameter("month", month.toString());
    }

    public List<CareClaim> ofInstitution(long institutionId) {
        return em.createQuery("select c from CareClaim c where c.institutionId = :institution order by c.month desc",
                CareClaim.class).setParameter("institution", institutionId).getResultList();
    }

    /** The claims submitted into a settlement cycle, the payout due soonest first. */
    public List<CareClaim> ofCycle(YearMonth cycle) {
        return em.createQuery("select c from CareClaim c where c.cycle = :cycle order by c.payoutDueOn, c.id",
                CareClaim.class).setParameter("cycle", cycle.toString()).getResultList();
    }

    public List<ClaimLine> lines(long claimId) {
        return em.createQuery("select l from ClaimLine l where l.claimId = :claim order by l.careType, l.id",
                ClaimLine.class).setParameter("claim", claimId).getResultList();
    }

    /** The people the claim's lines are for. */
    public List<Long> insuredOf(long claimId) {
        return em.createQuery("select distinct l.insuredId from ClaimLine l where l.claimId = :claim", Long.class)
                .setParameter("claim", claimId).getResultList();
    }

    /** Lines of other submitted claims of the month for these people: the days they claim are duplicates here. */
    public List<ClaimLine> otherLinesOf(Collection<Long> insuredIds, YearMonth month, long exceptClaimId) {
        if (insuredIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select l from ClaimLine l, CareClaim c where c.id = l.claimId and c.month = :month "
                + "and c.id <> :except and c.status <> :draft and l.insuredId in :insured", ClaimLine.class)
                .setParameter("month", month.toString()).setParameter("except", exceptClaimId)
                .setParameter("draft", ClaimStatus.DRAFT)
                .setParameter("insured", insuredIds).getResultList();
    }

    public void save(CareClaim claim) {
        em.persist(claim);
        em.flush();
    }

    public void save(ClaimLine line) {
        em.persist(line);
    }

    /** The first review's acceptance of every line as computed, in one statement (as {@code ClaimLine.decide}). */
    public void acceptAllLines(long claimId) {
        em.createQuery("update ClaimLine l set l.review = :accepted, l.deduction = 0, l.reviewReason = null, "
                + "l.reviewNote = null where l.claimId = :claim").setParameter("accepted", LineReview.ACCEPTED)
                .setParameter("claim", claimId).executeUpdate();
    }

    /**
     * Keeps an approved claim's final amounts per care type for the overviews (claim_spend): they then sum a row per
     * claim and care type instead of every line of the months shown (issue 23). Call once, at approval.
     */
    public void recordSpend(long claimId) {
        em.flush();
        em.createNativeQuery("insert into claim_spend (claim_id, care_type, fund_share, deduction, personal_share) "
                + "select claim_id, care_type, sum(fund_share), sum(deduction), sum(personal_share) "
                + "from care_claim_line where claim_id = ?1 group by claim_id, care_type").setParameter(1, claimId)
                .executeUpdate();
    }

    /** Removes a draft's lines before it is generated again. */
    public void deleteLines(long claimId) {
        lines(claimId).forEach(em::remove);
        em.flush();
    }
}
