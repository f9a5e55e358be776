package org.ltcare.care.worker;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ltcare.insured.IdNumber;
import org.ltcare.insured.IdNumberConverter;

/** JPA queries for care workers. */
@Stateless
public class CareWorkerRepository {

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    public Optional<CareWorker> find(long id) {
        return Optional.ofNullable(em.find(CareWorker.class, id));
    }

    /** An institution's workers, active ones first, by name. */
    public List<CareWorker> ofInstitution(long institutionId) {
        return em.createQuery("select w from CareWorker w where w.institutionId = :institution "
                + "order by w.active desc, w.name, w.id", CareWorker.class)
                .setParameter("institution", institutionId).getResultList();
    }

    public Optional<CareWorker> byIdNumber(long institutionId, IdNumber idNumber) {
        return em.createQuery("select w from CareWorker w where w.institutionId = :institution "
                + "and w.idNumberIndex = :index", CareWorker.class)
                .setParameter("institution", institutionId).setParameter("index", IdNumberConverter.index(idNumber))
                .getResultStream().findFirst();
    }

    public void save(CareWorker worker) {
        em.persist(worker);
        em.flush();
    }
}
