package org.ltcare.institution;

import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.List;
import org.ltcare.shared.model.EntityRepository;

/** JPA queries for service agreements. */
@Stateless
public class AgreementRepository extends EntityRepository<ServiceAgreement> {

    public AgreementRepository() {
        super(ServiceAgreement.class);
    }

    public List<ServiceAgreement> of(long institutionId) {
        return em.createQuery("select a from ServiceAgreement a where a.institutionId = :institution "
                + "order by a.validFrom desc", ServiceAgreement.class)
                .setParameter("institution", institutionId).getResultList();
    }

    /** Agreements that ended (expired or terminated) with a last day in the period, latest first. */
    public List<ServiceAgreement> endedBetween(LocalDate from, LocalDate until) {
        return em.createQuery("select a from ServiceAgreement a where a.status <> :active "
                + "and coalesce(a.terminatedOn, a.validUntil) between :from and :until "
                + "order by a.validUntil desc", ServiceAgreement.class)
                .setParameter("active", ServiceAgreement.Status.ACTIVE).setParameter("from", from)
                .setParameter("until", until).getResultList();
    }

    public List<ServiceAgreement> activeEndingBetween(LocalDate from, LocalDate until) {
        return em.createQuery("select a from ServiceAgreement a where a.status = :active "
                + "and a.validUntil between :from and :until order by a.validUntil", ServiceAgreement.class)
                .setParameter("active", ServiceAgreement.Status.ACTIVE).setParameter("from", from)
                .setParameter("until", until).getResultList();
    }

    public void save(ServiceAgreement agreement) {
        em.persist(agreement);
        em.flush();
    }
}
