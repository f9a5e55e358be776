package org.ltcare.web.records;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.RuleSetAccess;
import org.ltcare.policy.RuleSetService;
import org.ltcare.policy.auditrule.AuditRule;
import org.ltcare.policy.auditrule.AuditRuleService;
import org.ltcare.policy.auditrule.AuditRuleSetting;
import org.ltcare.shared.BusinessException;
import org.ltcare.web.Page;

/** 智能审核规则: the audit rules a rule-set version applies; the bureau's administrator switches them on a draft. */
@Named
@ViewScoped
public class AuditRulesPage extends Page {

    @Inject
    private RuleSetAccess ruleSetAccess;

    @Inject
    private AuditRuleService auditRules;

    @Inject
    private RuleSetService ruleSets;

    private Long ruleSet;
    private RuleSet current;
    private List<AuditRuleSetting> settings = List.of();
    private final Map<String, Boolean> enabled = new HashMap<>();
    private final Map<String, Integer> thresholds = new HashMap<>();

    public void load() {
        if (ruleSet == null) {
            return;
        }
        try {
            current = ruleSets.find(actor, ruleSet);
            settings = auditRules.settings(actor, ruleSet);
            enabled.clear();
            thresholds.clear();
            for (AuditRuleSetting setting : settings) {
                enabled.put(setting.getRule().name(), setting.isEnabled());
                thresholds.put(setting.getRule().name(), setting.getThreshold());
            }
        } catch (BusinessException e) {
            errors.refuse(e);
        }
    }

    public boolean isEditable() {
        return current != null && ruleSetAccess.mayEdit(actor, current);
    }

    public void save() {
        Map<AuditRule, Boolean> on = new EnumMap<>(AuditRule.class);
        Map<AuditRule, Integer> numbers = new EnumMap<>(AuditRule.class);
        for (AuditRule rule : AuditRule.values()) {
            on.put(rule, Boolean.TRUE.equals(enabled.get(rule.name())) || !rule.isSwitchable());
            if (thresholds.get(rule.name()) != null) {
                numbers.put(rule, thresholds.get(rule.name()));
            }
        }
        try {
            auditRules.update(actor, ruleSet, on, numbers);
            errors.info("auditRules.saved");
            load();
        } catch (BusinessException e) {
            errors.show(e, "rulesForm");
        }
    }

    public Long getRuleSet() {
        return ruleSet;
    }

    public void setRuleSet(Long ruleSet) {
        this.ruleSet = ruleSet;
    }

    public RuleSet getCurrent() {
        return current;
    }

    public List<AuditRuleSetting> getSettings() {
        return settings;
    }

    public Map<String, Boolean> getEnabled() {
        return enabled;
    }

    public Map<String, Integer> getThresholds() {
        return thresholds;
    }
}
