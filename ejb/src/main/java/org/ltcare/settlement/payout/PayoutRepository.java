package org.ltcare.settlement.payout;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.settlement.claim.ClaimStatus;

/** JPA queries for payout batches and their rows. */
@Stateless
public class PayoutRepository {

    /** The ids of a region's care institutions (JPQL, parameter :region): a bureau pays its own region's. */
    public static final String INSTITUTIONS_OF_REGION =
            "select i.id from CareInstitution i where i.organisation.regionCode = :region";

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    public Optional<PayoutBatch> find(long batchId) {
        return Optional.ofNullable(em.find(PayoutBatch.class, batchId));
    }

    public PayoutBatch lock(long batchId) {
        return em.find(PayoutBatch.class, batchId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A region's batches, newest first: a batch pays the institutions of one region (those of its rows). */
    public List<PayoutBatch> recent(String region, int max) {
        return em.createQuery("select b from PayoutBatch b where exists (select p from Payout p where "
                + "p.batchId = b.id and p.institutionId in (" + INSTITUTIONS_OF_REGION + ")) "
                + "order by b.prepared.at desc, b.id desc", PayoutBatch.class)
                .setParameter("region", region).setMaxResults(max).getResultList();
    }

    public boolean isOfRegion(long batchId, String region) {
        return !em.createQuery("select p.id from Payout p where p.batchId = :batch and p.institutionId in ("
                + INSTITUTIONS_OF_REGION + ")", Long.class).setParameter("batch", batchId)
                .setParameter("region", region).setMaxResults(1).getResultList().isEmpty();
    }

    /** The approved claims of a cycle of the region's institutions that no batch holds yet, by institution. */
    public List<CareClaim> approvedUnbatched(YearMonth cycle, String region) {
        return em.createQuery("select c from CareClaim c where c.cycle = :cycle and c.status = :approved "
                + "and c.institutionId in (" + INSTITUTIONS_OF_REGION + ") "
                + "and not exists (select p from Payout p where p.claimId = c.id) order by c.institutionId, c.id",
                CareClaim.class).setParameter("cycle", cycle.toString()).setParameter("region", region)
                .setParameter("approved", ClaimStatus.APPROVED).getResultList();
    }

    /** The institutions of a batch with a claim still to pay, in the order the batch pays them. */
    public List<Long> institutionsToPay(long batchId) {
        return em.createQuery("select distinct p.institutionId from Payout p where p.batchId = :batch "
                + "and p.status = 'PENDING' order by p.institutionId", Long.class)
                .setParameter("batch", batchId).getResultList();
    }

    /** An institution's unpaid rows of the batch, locked: whoever pays them, pays them once. */
    public List<Payout> pendingForUpdate(long batchId, long institutionId) {
        return em.createQuery("select p from Payout p where p.batchId = :batch and p.institutionId = :institution "
                + "and p.status = 'PENDING' order by p.claimId", Payout.class).setParameter("batch", batchId)
                .setParameter("institution", institutionId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    public List<Payout> rows(long batchId) {
        return em.createQuery("select p from Payout p where p.batchId = :batch order by p.institutionId, p.claimId",
                Payout.class).setParameter("batch", batchId).getResultList();
    }

    public void save(PayoutBatch batch) {
        em.persist(batch);
        em.flush();
    }

    public void save(Payout payout) {
        em.persist(payout);
    }

    public void flush() {
        em.flush();
    }
}
