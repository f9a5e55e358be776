package org.ltcare.care.worker;

import jakarta.ejb.Stateless;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ltcare.insured.IdNumber;
import org.ltcare.insured.IdNumberConverter;
import org.ltcare.shared.model.EntityRepository;

/** JPA queries for care workers. */
@Stateless
public class CareWorkerRepository extends EntityRepository<CareWorker> {

    public CareWorkerRepository() {
        super(CareWorker.class);
    }

    /** An institution's workers, active ones first, by name. */
    public List<CareWorker> ofInstitution(long institutionId) {
        return em.createQuery("select w from CareWorker w where w.institutionId = :institution "
                + "order by w.active desc, w.name, w.id", CareWorker.class)
                .setParameter("institution", institutionId).getResultList();
    }

    /** The names of an institution's workers by id (no ID numbers decrypted: the audit names workers only). */
    public Map<Long, String> namesOf(long institutionId) {
        Map<Long, String> names = new HashMap<>();
        em.createQuery("select w.id, w.name from CareWorker w where w.institutionId = :institution", Object[].class)
                .setParameter("institution", institutionId).getResultStream()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
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
