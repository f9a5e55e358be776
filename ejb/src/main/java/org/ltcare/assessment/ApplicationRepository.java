package org.ltcare.assessment;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.ltcare.shared.security.Actor;

/** JPA queries for assessment applications. Lists are scoped to what the actor may see. */
@Stateless
public class ApplicationRepository {

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    public Optional<AssessmentApplication> find(long id) {
        return Optional.ofNullable(em.find(AssessmentApplication.class, id));
    }

    public Optional<AssessmentApplication> findForUpdate(long id) {
        return Optional.ofNullable(em.find(AssessmentApplication.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public boolean hasOpenApplication(long insuredId) {
        return em.createQuery("select count(a) from AssessmentApplication a where a.insured.id = :insured "
                        + "and a.status in :open", Long.class)
                .setParameter("insured", insuredId)
                .setParameter("open", List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.ACCEPTED))
                .getSingleResult() > 0;
    }

    public void save(AssessmentApplication application) {
        em.persist(application);
        em.flush();
    }

    public List<AssessmentApplication> visibleTo(Actor actor, int first, int max) {
        return scoped(actor, "select a from AssessmentApplication a join fetch a.insured", AssessmentApplication.class,
                " order by a.filedAt desc, a.id desc").setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countVisibleTo(Actor actor) {
        return scoped(actor, "select count(a) from AssessmentApplication a", Long.class, "").getSingleResult();
    }

    private <T> TypedQuery<T> scoped(Actor actor, String select, Class<T> type, String order) {
        if (!actor.isInstitutionScoped()) {
            return em.createQuery(select + order, type);
        }
        return em.createQuery(select + " where a.filedByOrganisationId = :org or a.currentInstitutionId = :org"
                + order, type).setParameter("org", actor.organisationId());
    }
}
