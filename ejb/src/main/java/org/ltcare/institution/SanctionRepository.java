package org.ltcare.institution;

import jakarta.ejb.Stateless;
import java.util.List;
import org.ltcare.shared.model.EntityRepository;

/** JPA queries for sanctions. */
@Stateless
public class SanctionRepository extends EntityRepository<Sanction> {

    public SanctionRepository() {
        super(Sanction.class);
    }

    public List<Sanction> of(long institutionId) {
        return em.createQuery("select s from Sanction s where s.institutionId = :institution "
                + "order by s.effectiveFrom desc, s.id desc", Sanction.class)
                .setParameter("institution", institutionId).getResultList();
    }

    public void save(Sanction sanction) {
        em.persist(sanction);
        em.flush();
    }
}
