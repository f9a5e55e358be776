package org.ltcare.policy.auditrule;

import java.util.Arrays;
import java.util.List;

/**
 * The reference settings a newly installed rule-set version gets: every rule applied; a check-in more than 1 km
 * from the person's usual check-in place is flagged; home care pays at most 26 days a month (about six days a week —
 * both reference values: the bureau sets its city's on a draft).
 */
final class ReferenceAuditRules {

    static final int FAR_FROM_USUAL_PLACE_METRES = 1_000;
    static final int HOME_CARE_DAYS_PER_MONTH = 26;

    private ReferenceAuditRules() {
    }

    static List<AuditRuleSetting> forRuleSet(long ruleSetId) {
        return Arrays.stream(AuditRule.values())
                .map(rule -> new AuditRuleSetting(ruleSetId, rule, true, rule.hasThreshold() ? threshold(rule) : null))
                .toList();
    }

    static Integer threshold(AuditRule rule) {
        return switch (rule) {
            case FAR_FROM_USUAL_PLACE -> FAR_FROM_USUAL_PLACE_METRES;
            case OVER_ENTITLEMENT -> HOME_CARE_DAYS_PER_MONTH;
            default -> null;
        };
    }
}
