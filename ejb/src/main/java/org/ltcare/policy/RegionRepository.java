package org.ltcare.policy;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** JPA queries for pooling regions. */
@Stateless
public class RegionRepository {

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    public List<Region> all() {
        return em.createQuery("select r from Region r order by r.code", Region.class).getResultList();
    }

    public Set<String> codes() {
        return em.createQuery("select r.code from Region r", String.class).getResultStream()
                .collect(Collectors.toSet());
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(em.find(Region.class, code));
    }

    public void save(Region region) {
        em.persist(region);
    }
}
