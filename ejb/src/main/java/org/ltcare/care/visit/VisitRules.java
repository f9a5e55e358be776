package org.ltcare.care.visit;

import java.util.Map;
import org.ltcare.policy.catalogue.ServiceItem;

/**
 * The rules a visit is checked with, from the rule set in force on its day: the catalogue by code, the least
 * minutes of a verified visit and the visits a worker may record a day.
 */
public record VisitRules(String ruleSetCode, Map<String, ServiceItem> catalogue, int minimumMinutes,
                         int maxVisitsPerWorkerPerDay) {
}
