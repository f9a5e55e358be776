package org.ltcare.benefit;

import java.io.Serializable;
import org.ltcare.policy.EligibilityRule;

/**
 * The DMN's answer for a care type at an institution: eligible or not, with its reason code (ELIGIBLE, …) and the
 * rule of the table that gave it (null only for a table whose rules cannot be read).
 */
public record Eligibility(boolean eligible, String reason, EligibilityRule rule) implements Serializable {
}
