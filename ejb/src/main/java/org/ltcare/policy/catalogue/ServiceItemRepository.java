package org.ltcare.policy.catalogue;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** JPA queries for the service-item catalogue. */
@Stateless
public class ServiceItemRepository {

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    public Optional<ServiceItem> find(long id) {
        return Optional.ofNullable(em.find(ServiceItem.class, id));
    }

    /** A rule-set version's items by category and code. */
    public List<ServiceItem> ofRuleSet(long ruleSetId) {
        return em.createQuery("select i from ServiceItem i where i.ruleSetId = :ruleSet order by i.category, i.code",
                ServiceItem.class).setParameter("ruleSet", ruleSetId).getResultList();
    }

    public Optional<ServiceItem> byCode(long ruleSetId, String code) {
        return em.createQuery("select i from ServiceItem i where i.ruleSetId = :ruleSet and i.code = :code",
                ServiceItem.class).setParameter("ruleSet", ruleSetId).setParameter("code", code)
                .getResultStream().findFirst();
    }

    public void save(ServiceItem item) {
        em.persist(item);
        em.flush();
    }

    public void delete(ServiceItem item) {
        em.remove(item);
    }
}
