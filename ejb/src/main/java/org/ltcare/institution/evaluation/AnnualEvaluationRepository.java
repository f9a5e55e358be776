package org.ltcare.institution.evaluation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** JPA queries for annual evaluations. */
@Stateless
public class AnnualEvaluationRepository {

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    /** The institution's evaluations, newest year first. */
    public List<AnnualEvaluation> of(long institutionId) {
        return em.createQuery("select e from AnnualEvaluation e where e.institutionId = :institution "
                + "order by e.year desc", AnnualEvaluation.class)
                .setParameter("institution", institutionId).getResultList();
    }

    public Optional<AnnualEvaluation> find(long institutionId, int year) {
        return em.createQuery("select e from AnnualEvaluation e where e.institutionId = :institution "
                + "and e.year = :year", AnnualEvaluation.class)
                .setParameter("institution", institutionId).setParameter("year", year)
                .getResultStream().findFirst();
    }

    public void save(AnnualEvaluation evaluation) {
        em.persist(evaluation);
        em.flush();
    }
}
