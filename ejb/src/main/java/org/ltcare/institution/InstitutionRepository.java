package org.ltcare.institution;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

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

    public void save(CareInstitution institution) {
        em.persist(institution);
    }
}
