package org.ltcare.policy.auditrule;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The audit rules a rule-set version applies, with their thresholds: what a claim's generation and audit use. */
public record AppliedRules(Set<AuditRule> enabled, Map<AuditRule, Integer> thresholds) {

    public AppliedRules {
        enabled = enabled.isEmpty() ? EnumSet.noneOf(AuditRule.class) : EnumSet.copyOf(enabled);
        thresholds = Map.copyOf(thresholds);
    }

    public boolean applies(AuditRule rule) {
        return !rule.isSwitchable() || enabled.contains(rule);
    }

    public int threshold(AuditRule rule) {
        return thresholds.getOrDefault(rule, ReferenceAuditRules.threshold(rule));
    }
}
