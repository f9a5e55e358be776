package org.ltcare.institution;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** JPA queries for care institutions. */
@Stateless
public class InstitutionRepository {

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    public List<CareInstitution> all() {
        return em.createQuery("select i from CareInstitution i join fetch i.organisation order by i.organisation.name",
                CareInstitution.class).getResultList();
    }

    public Optional<CareInstitution> find(long organisationId) {
        return Optional.ofNullable(em.find(CareInstitution.class, organisationId));
    }

    /** The names of these institutions, in one statement (a list of 300 institutions' claims read them one by one). */
    public Map<Long, String> namesOf(Collection<Long> organisationIds) {
        Map<Long, String> names = new HashMap<>();
        if (!organisationIds.isEmpty()) {
            em.createQuery("select o.id, o.name from Organisation o where o.id in :ids", Object[].class)
                    .setParameter("ids", Set.copyOf(organisationIds)).getResultList()
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    public Optional<CareInstitution> findForUpdate(long organisationId) {
        return Optional.ofNullable(em.find(CareInstitution.class, organisationId, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<CareInstitution> byCreditCode(String creditCode) {
        return em.createQuery("select i from CareInstitution i where i.creditCode = :code", CareInstitution.class)
                .setParameter("code", creditCode).getResultStream().findFirst();
    }

    public List<InstitutionLicence> licencesOf(long institutionId) {
        return em.createQuery("select l from InstitutionLicence l where l.institutionId = :institution "
                + "order by l.kind, l.validFrom", InstitutionLicence.class)
                .setParameter("institution", institutionId).getResultList();
    }

    public Optional<InstitutionLicence> findLicence(long id) {
        return Optional.ofNullable(em.find(InstitutionLicence.class, id));
    }

    public void save(InstitutionLicence licence) {
        em.persist(licence);
        em.flush();
    }

    public void delete(InstitutionLicence licence) {
        em.remove(licence);
    }

    public void save(CareInstitution institution) {
        em.persist(institution);
    }
}
