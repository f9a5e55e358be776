package org.ltcare.assessment;

import jakarta.ejb.Stateless;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.ltcare.shared.model.EntityRepository;
import org.ltcare.shared.security.Actor;

/** JPA queries for assessment applications. Lists and look-ups for an actor are scoped by {@link ApplicationScope}. */
@Stateless
public class ApplicationRepository extends EntityRepository<AssessmentApplication> {

    public ApplicationRepository() {
        super(AssessmentApplication.class);
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

    /** The application if the actor may see it ({@link ApplicationScope}). */
    public Optional<AssessmentApplication> findVisibleTo(Actor actor, long id) {
        return scoped(actor, "select a from AssessmentApplication a", AssessmentApplication.class,
                " and a.id = :id").setParameter("id", id).getResultStream().findFirst();
    }

    private <T> TypedQuery<T> scoped(Actor actor, String select, Class<T> type, String rest) {
        ApplicationScope scope = ApplicationScope.of(actor);
        TypedQuery<T> query = em.createQuery(select + " where (" + scope.condition() + ")" + rest, type);
        scope.parameters().forEach(query::setParameter);
        return query;
    }
}
