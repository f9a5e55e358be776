package org.ltcare.institution;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** JPA queries for service agreements. */
@Stateless
public class AgreementRepository {

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    public List<ServiceAgreement> of(long institutionId) {
        return em.createQuery("select a from ServiceAgreement a where a.institutionId = :institution "
                + "order by a.validFrom desc", ServiceAgreement.class)
                .setParameter("institution", institutionId).getResultList();
    }

    public void save(ServiceAgreement agreement) {
        em.persist(agreement);
        em.flush();
    }
}
