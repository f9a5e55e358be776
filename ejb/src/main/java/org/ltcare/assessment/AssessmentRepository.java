package org.ltcare.assessment;

import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Optional;
import org.ltcare.shared.model.EntityRepository;

/** JPA queries for assessment rounds. */
@Stateless
public class AssessmentRepository extends EntityRepository<Assessment> {

    public AssessmentRepository() {
        super(Assessment.class);
    }

    /** Every round of the application, first round first. */
    public List<Assessment> ofApplication(long applicationId) {
        return em.createQuery("select a from Assessment a where a.application.id = :application order by a.round",
                        Assessment.class)
                .setParameter("application", applicationId).getResultList();
    }

    public Optional<Assessment> latestOf(long applicationId) {
        List<Assessment> rounds = ofApplication(applicationId);
        return rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.get(rounds.size() - 1));
    }

    /** The rounds an assessor is dispatched to and has not finished (not yet approved), the earliest due first. */
    public List<Assessment> openFor(long assessorId) {
        return em.createQuery("select a from Assessment a "
                        + "where (a.assessorA.id = :assessor or a.assessorB.id = :assessor) "
                        + "and a.status in :open order by a.dueOn, a.id", Assessment.class)
                .setParameter("assessor", assessorId)
                .setParameter("open", List.of(AssessmentStatus.DISPATCHED, AssessmentStatus.ENTERED,
                        AssessmentStatus.CONFIRMED))
                .getResultList();
    }

    public void save(Assessment assessment) {
        em.persist(assessment);
        em.flush();
    }
}
