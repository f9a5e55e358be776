package org.ltcare.benefit;

/** The DMN's answer for a care type at an institution: eligible or not, with its reason code (ELIGIBLE, …). */
public record Eligibility(boolean eligible, String reason) {
}
