package org.ltcare.assessment;

import jakarta.ejb.Stateless;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ltcare.shared.model.EntityRepository;
import org.ltcare.shared.security.Organisation;
import org.ltcare.shared.security.OrganisationKind;
import org.ltcare.shared.security.UserAccount;

@Stateless
public class AssessorRepository extends EntityRepository<Assessor> {

    public AssessorRepository() {
        super(Assessor.class);
    }

    /** The agency's active pool, in a stable order. */
    public List<Assessor> activeOf(long agencyId) {
        return em.createQuery("select a from Assessor a where a.organisationId = :agency and a.active = true "
                        + "order by a.id", Assessor.class)
                .setParameter("agency", agencyId)
                .getResultList();
    }

    public Optional<Assessor> ofUser(String username) {
        return em.createQuery("select a from Assessor a, UserAccount u where a.userId = u.id "
                        + "and u.username = :username", Assessor.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    public boolean existsForUser(long userId) {
        return !em.createQuery("select a.id from Assessor a where a.userId = :user", Long.class)
                .setParameter("user", userId).setMaxResults(1).getResultList().isEmpty();
    }

    /** The login of an assessor, who works the assessment tasks under it; empty for an assessor without one. */
    public Optional<String> usernameOf(Assessor assessor) {
        if (assessor.getUserId() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(UserAccount.class, assessor.getUserId())).map(UserAccount::getUsername);
    }

    /** The assessment agency that serves a region (the first one, should a region ever have two). */
    public Optional<Organisation> assessmentAgencyOf(String regionCode) {
        return em.createQuery("select o from Organisation o where o.kind = :kind and o.regionCode = :region "
                        + "order by o.id", Organisation.class)
                .setParameter("kind", OrganisationKind.ASSESSMENT_AGENCY)
                .setParameter("region", regionCode)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Ids of the assessors employed by or linked to any of these organisations (non-institutions have none). */
    public Set<Long> linkedTo(Collection<Long> institutionIds) {
        if (institutionIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select r.assessorId from AssessorRelation r "
                        + "where r.institutionId in :institutions", Long.class)
                .setParameter("institutions", institutionIds).getResultList());
    }

    public Optional<AssessorRelation> findRelation(long id) {
        return Optional.ofNullable(em.find(AssessorRelation.class, id));
    }

    public void delete(AssessorRelation relation) {
        em.remove(relation);
    }

    public List<AssessorRelation> relationsOf(long assessorId) {
        return em.createQuery("select r from AssessorRelation r where r.assessorId = :assessor order by r.id",
                AssessorRelation.class).setParameter("assessor", assessorId).getResultList();
    }

    public void save(AssessorRelation relation) {
        em.persist(relation);
        em.flush();
    }
}
