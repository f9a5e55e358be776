package org.ltcare.institution;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** JPA queries for sanctions. */
@Stateless
public class SanctionRepository {

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    public List<Sanction> of(long institutionId) {
        return em.createQuery("select s from Sanction s where s.institutionId = :institution "
                + "order by s.effectiveFrom desc, s.id desc", Sanction.class)
                .setParameter("institution", institutionId).getResultList();
    }

    public Optional<Sanction> find(long id) {
        return Optional.ofNullable(em.find(Sanction.class, id));
    }

    public void save(Sanction sanction) {
        em.persist(sanction);
        em.flush();
    }
}
