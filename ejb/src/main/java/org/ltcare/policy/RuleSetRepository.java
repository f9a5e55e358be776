package org.ltcare.policy;

import jakarta.ejb.Stateless;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ltcare.shared.model.EntityRepository;

@Stateless
public class RuleSetRepository extends EntityRepository<RuleSet> {

    public RuleSetRepository() {
        super(RuleSet.class);
    }

    public List<RuleSet> ofRegion(String regionCode) {
        return em.createQuery("select r from RuleSet r where r.regionCode = :region "
                        + "order by case when r.effectiveFrom is null then 1 else 0 end, r.effectiveFrom desc, r.id desc",
                        RuleSet.class)
                .setParameter("region", regionCode)
                .getResultList();
    }

    public Optional<RuleSet> byCode(String regionCode, String code) {
        return em.createQuery("select r from RuleSet r where r.regionCode = :region and r.code = :code", RuleSet.class)
                .setParameter("region", regionCode)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    public Optional<RuleSet> inForce(String regionCode, LocalDate date) {
        return em.createQuery("select r from RuleSet r where r.regionCode = :region and r.status = :active "
                        + "and r.effectiveFrom <= :date and (r.effectiveTo is null or r.effectiveTo >= :date)",
                        RuleSet.class)
                .setParameter("region", regionCode)
                .setParameter("active", RuleSetStatus.ACTIVE)
                .setParameter("date", date)
                .getResultStream().findFirst();
    }

    /**
     * Serialises activations per region: two administrators activating overlapping versions at the same time
     * would each see no overlap without it.
     */
    public void lockRegion(String regionCode) {
        Region region = em.find(Region.class, regionCode, LockModeType.PESSIMISTIC_WRITE);
        if (region == null) {
            throw new org.ltcare.shared.NotFoundException("Region", regionCode);
        }
    }

    /** Makes the write visible now, so that a database constraint fails inside the caller's try. */
    public void flush() {
        em.flush();
    }
}
