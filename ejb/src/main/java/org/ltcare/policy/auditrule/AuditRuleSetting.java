package org.ltcare.policy.auditrule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ltcare.shared.audit.Auditable;

/** Whether a rule-set version applies an audit rule, and the rule's threshold if it has one. */
@Entity
@Table(name = "audit_rule_setting")
public class AuditRuleSetting implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "rule_set_id", nullable = false)
    private long ruleSetId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_code", nullable = false, length = 32)
    private AuditRule rule;

    @Column(nullable = false)
    private boolean enabled;

    private Integer threshold;

    @Version
    private long version;

    protected AuditRuleSetting() {
    }

    public AuditRuleSetting(long ruleSetId, AuditRule rule, boolean enabled, Integer threshold) {
        this.ruleSetId = ruleSetId;
        this.rule = rule;
        this.enabled = enabled;
        this.threshold = threshold;
    }

    AuditRuleSetting copyFor(long otherRuleSetId) {
        return new AuditRuleSetting(otherRuleSetId, rule, enabled, threshold);
    }

    void change(boolean enabled, Integer threshold) {
        this.enabled = enabled;
        this.threshold = threshold;
    }

    @Override
    public String auditType() {
        return "AuditRuleSetting";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("ruleSetId", ruleSetId);
        state.put("rule", rule);
        state.put("enabled", enabled);
        state.put("threshold", threshold);
        return state;
    }

    public Long getId() {
        return id;
    }

    public long getRuleSetId() {
        return ruleSetId;
    }

    public AuditRule getRule() {
        return rule;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Integer getThreshold() {
        return threshold;
    }
}
