package org.ltcare.assessment;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@Stateless
public class AssessorRepository {

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    /** The agency's active pool, in a stable order. */
    public List<Assessor> activeOf(long agencyId) {
        return em.createQuery("select a from Assessor a where a.organisationId = :agency and a.active = true "
                        + "order by a.id", Assessor.class)
                .setParameter("agency", agencyId)
                .getResultList();
    }

    public boolean existsForUser(long userId) {
        return !em.createQuery("select a.id from Assessor a where a.userId = :user", Long.class)
                .setParameter("user", userId).setMaxResults(1).getResultList().isEmpty();
    }

    public void save(Assessor assessor) {
        em.persist(assessor);
    }
}
