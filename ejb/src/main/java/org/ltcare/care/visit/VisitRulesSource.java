package org.ltcare.care.visit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ltcare.policy.RuleSetRepository;
import org.ltcare.policy.catalogue.ServiceItem;
import org.ltcare.policy.catalogue.ServiceItemRepository;
import org.ltcare.policy.rules.HomeCareTerms;
import org.ltcare.shared.BusinessException;

/** Finds the {@link VisitRules} of a region on a day (a bulk request asks once per day it covers). */
@Stateless
public class VisitRulesSource {

    @Inject
    private RuleSetRepository ruleSets;

    @Inject
    private ServiceItemRepository items;

    /** The rules on the day; a business error when no rule set is in force then. */
    public VisitRules on(String regionCode, LocalDate day) {
        return find(regionCode, day)
                .orElseThrow(() -> new BusinessException("ruleSet.noneInForce", regionCode, day.toString()));
    }

    /**
     * The same, empty when no rule set is in force (a bulk request reports it per record: a business exception
     * thrown across beans would roll the whole request back).
     */
    public java.util.Optional<VisitRules> find(String regionCode, LocalDate day) {
        return ruleSets.inForce(regionCode, day).map(ruleSet -> {
            Map<String, ServiceItem> catalogue = new LinkedHashMap<>();
            items.ofRuleSet(ruleSet.getId()).forEach(item -> catalogue.put(item.getCode(), item));
            HomeCareTerms terms = ruleSet.content().homeCare();
            return new VisitRules(ruleSet.getCode(), catalogue, terms.homeVisitMinimumMinutes(),
                    terms.maxVisitsPerWorkerPerDay());
        });
    }
}
