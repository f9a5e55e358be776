package org.ltcare.policy.auditrule;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.RuleSetAccess;
import org.ltcare.policy.VersionedSetting;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.Actor;

/**
 * Which automatic-audit rules each rule-set version applies (智能审核规则): read by the bureau, changed by the
 * bureau administrator on drafts only (a version in force is fixed, like its numbers), copied into new drafts.
 * The law's entitlement codes cannot be switched off. Audited.
 */
@Stateless
@LocalBean
@Local(VersionedSetting.class)
public class AuditRuleService implements VersionedSetting {

    @Inject
    private AuditRuleRepository settings;

    @Inject
    private RuleSetAccess ruleSets;

    @Inject
    private AuditLog audit;

    /** One setting per rule of the catalogue, in its order (rules without a stored setting as the reference). */
    public List<AuditRuleSetting> settings(Actor actor, long ruleSetId) {
        return complete(ruleSets.find(actor, ruleSetId).getId());
    }

    /** What a claim computed with this version applies. */
    public AppliedRules applied(long ruleSetId) {
        Set<AuditRule> enabled = EnumSet.noneOf(AuditRule.class);
        Map<AuditRule, Integer> thresholds = new EnumMap<>(AuditRule.class);
        for (AuditRuleSetting setting : complete(ruleSetId)) {
            if (setting.isEnabled()) {
                enabled.add(setting.getRule());
            }
            if (setting.getThreshold() != null) {
                thresholds.put(setting.getRule(), setting.getThreshold());
            }
        }
        return new AppliedRules(enabled, thresholds);
    }

    /** Switches rules on or off and sets thresholds on a draft; nothing changes if any entry is refused. */
    public void update(Actor actor, long ruleSetId, Map<AuditRule, Boolean> enabled,
                       Map<AuditRule, Integer> thresholds) {
        RuleSet draft = ruleSets.editableDraft(actor, ruleSetId, "auditRules.edit");
        List<FieldError> errors = new ArrayList<>();
        for (AuditRule rule : AuditRule.values()) {
            if (!rule.isSwitchable() && Boolean.FALSE.equals(enabled.get(rule))) {
                errors.add(new FieldError(rule.name(), "auditRules.mandatory"));
            }
            Integer threshold = thresholds.get(rule);
            if (rule.hasThreshold() && !rule.acceptsThreshold(threshold)) {
                errors.add(new FieldError(rule.name(), "auditRules.threshold.range." + rule.name(),
                        List.of(String.valueOf(rule.thresholdMin()), String.valueOf(rule.thresholdMax()))));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Map<AuditRule, AuditRuleSetting> stored = new EnumMap<>(AuditRule.class);
        settings.ofRuleSet(draft.getId()).forEach(s -> stored.put(s.getRule(), s));
        for (AuditRule rule : AuditRule.values()) {
            boolean on = !rule.isSwitchable() || enabled.getOrDefault(rule, true);
            Integer threshold = rule.hasThreshold() ? thresholds.get(rule) : null;
            AuditRuleSetting setting = stored.get(rule);
            if (setting == null) {
                setting = new AuditRuleSetting(draft.getId(), rule, on, threshold);
                settings.save(setting);
                audit.record(actor, "SET_AUDIT_RULE", null, setting);
            } else if (setting.isEnabled() != on || !java.util.Objects.equals(setting.getThreshold(), threshold)) {
                Map<String, Object> before = setting.auditState();
                setting.change(on, threshold);
                audit.record(actor, "SET_AUDIT_RULE", before, setting);
            }
        }
    }

    /** Gives a new draft the settings of the version it was copied from . */
    @Override
    public void copy(long fromRuleSetId, long toRuleSetId) {
        settings.ofRuleSet(fromRuleSetId).forEach(s -> settings.save(s.copyFor(toRuleSetId)));
    }

    /** Gives an installed version without settings the reference ones. */
    @Override
    public void seedReferenceIfEmpty(long ruleSetId) {
        if (settings.ofRuleSet(ruleSetId).isEmpty()) {
            ReferenceAuditRules.forRuleSet(ruleSetId).forEach(settings::save);
        }
    }

    private List<AuditRuleSetting> complete(long ruleSetId) {
        Map<AuditRule, AuditRuleSetting> byRule = new EnumMap<>(AuditRule.class);
        ReferenceAuditRules.forRuleSet(ruleSetId).forEach(s -> byRule.put(s.getRule(), s));
        settings.ofRuleSet(ruleSetId).forEach(s -> byRule.put(s.getRule(), s));
        return new ArrayList<>(byRule.values());
    }
}
