package org.ltcare.policy.catalogue;

import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Optional;
import org.ltcare.shared.model.EntityRepository;

/** JPA queries for the service-item catalogue. */
@Stateless
public class ServiceItemRepository extends EntityRepository<ServiceItem> {

    public ServiceItemRepository() {
        super(ServiceItem.class);
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
}
