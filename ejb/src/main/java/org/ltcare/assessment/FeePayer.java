package org.ltcare.assessment;

/** Who bears a re-assessment's fee: the applicant if the grade is unchanged, otherwise the agency (rules.md §2.6). */
public enum FeePayer {
    APPLICANT,
    AGENCY
}
