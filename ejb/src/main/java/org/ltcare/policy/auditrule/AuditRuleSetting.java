package org.ltcare.policy.auditrule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Map;
import org.ltcare.shared.audit.AuditStates;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.audit.AuditedField;
import org.ltcare.shared.model.Versioned;

/** Whether a rule-set version applies an audit rule, and the rule's threshold if it has one. */
@Entity
@Table(name = "audit_rule_setting")
public class AuditRuleSetting extends Versioned implements Auditable {

    @AuditedField
    private long ruleSetId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_code")
    @AuditedField
    private AuditRule rule;

    @AuditedField
    private boolean enabled;

    @AuditedField
    private Integer threshold;

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
    public Map<String, Object> auditState() {
        return AuditStates.of(this);
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
