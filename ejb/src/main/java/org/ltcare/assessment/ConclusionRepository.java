package org.ltcare.assessment;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.ltcare.shared.model.EntityRepository;

/** JPA queries for conclusions. */
@Stateless
public class ConclusionRepository extends EntityRepository<AssessmentConclusion> {

    public ConclusionRepository() {
        super(AssessmentConclusion.class);
    }

    /** Many conclusions at once, by id (a claim's admissions): one query instead of one per admission. */
    /** The conclusions' grades and dates by id, without loading the conclusions. */
    public java.util.Map<Long, ConclusionGrade> gradesOf(java.util.Collection<Long> ids) {
        java.util.Map<Long, ConclusionGrade> found = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select new org.ltcare.assessment.ConclusionGrade(c.id, c.grade, c.concludedOn) "
                    + "from AssessmentConclusion c where c.id in :ids", ConclusionGrade.class)
                    .setParameter("ids", ids).getResultList().forEach(c -> found.put(c.id(), c));
        }
        return found;
    }

    public java.util.Map<Long, AssessmentConclusion> byIds(java.util.Collection<Long> ids) {
        java.util.Map<Long, AssessmentConclusion> found = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            // the application and its person come in the same query: eager, they would be one select each
            EntityGraph<AssessmentConclusion> withPerson = em.createEntityGraph(AssessmentConclusion.class);
            withPerson.addSubgraph("application").addAttributeNodes("insured");
            em.createQuery("select c from AssessmentConclusion c where c.id in :ids", AssessmentConclusion.class)
                    .setHint("jakarta.persistence.loadgraph", withPerson)
                    .setParameter("ids", ids).getResultList().forEach(c -> found.put(c.getId(), c));
        }
        return found;
    }

    public List<AssessmentConclusion> ofApplication(long applicationId) {
        return em.createQuery("select c from AssessmentConclusion c where c.application.id = :application "
                + "order by c.id", AssessmentConclusion.class).setParameter("application", applicationId)
                .getResultList();
    }

    public Optional<AssessmentConclusion> inForceFor(long insuredId, boolean lock) {
        return em.createQuery("select c from AssessmentConclusion c where c.insuredId = :insured "
                        + "and c.status = :inForce", AssessmentConclusion.class)
                .setParameter("insured", insuredId)
                .setParameter("inForce", AssessmentConclusion.Status.IN_FORCE)
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultStream().findFirst();
    }

    public void save(AssessmentConclusion conclusion) {
        em.persist(conclusion);
        em.flush();
    }
}
