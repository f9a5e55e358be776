package org.ltcare.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ltcare.policy.RuleSet;
import org.ltcare.web.i18n.Messages;

/** A version's effective period as pages show it: "2025-01-01 至 长期", "— " for a draft. */
@Named
@RequestScoped
public class RuleSetPeriods {

    @Inject
    private Messages messages;

    public String of(RuleSet ruleSet) {
        if (ruleSet == null || ruleSet.getEffectiveFrom() == null) {
            return "—";
        }
        String to = ruleSet.getEffectiveTo() == null ? messages.get("ruleSet.openEnded")
                : ruleSet.getEffectiveTo().toString();
        return messages.format("ruleSet.period", ruleSet.getEffectiveFrom().toString(), to);
    }
}
