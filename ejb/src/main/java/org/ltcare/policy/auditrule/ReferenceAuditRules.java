package org.ltcare.policy.auditrule;

import java.util.Arrays;
import java.util.List;

/**
 * The reference settings a newly installed rule-set version gets: every rule applied; a check-in more than 1 km
 * from the person's usual check-in place is flagged (a reference value: the bureau sets its own on a draft).
 */
final class ReferenceAuditRules {

    static final int FAR_FROM_USUAL_PLACE_METRES = 1_000;

    private ReferenceAuditRules() {
    }

    static List<AuditRuleSetting> forRuleSet(long ruleSetId) {
        return Arrays.stream(AuditRule.values())
                .map(rule -> new AuditRuleSetting(ruleSetId, rule, true, rule.hasThreshold() ? threshold(rule) : null))
                .toList();
    }

    static Integer threshold(AuditRule rule) {
        return rule == AuditRule.FAR_FROM_USUAL_PLACE ? FAR_FROM_USUAL_PLACE_METRES : null;
    }
}
