package org.ltcare.policy.auditrule;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** JPA queries for the audit-rule settings of rule-set versions. */
@Stateless
public class AuditRuleRepository {

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    public List<AuditRuleSetting> ofRuleSet(long ruleSetId) {
        return em.createQuery("select s from AuditRuleSetting s where s.ruleSetId = :ruleSet order by s.id",
                AuditRuleSetting.class).setParameter("ruleSet", ruleSetId).getResultList();
    }

    public void save(AuditRuleSetting setting) {
        em.persist(setting);
    }
}
