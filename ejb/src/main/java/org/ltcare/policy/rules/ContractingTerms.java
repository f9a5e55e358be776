package org.ltcare.policy.rules;

import java.time.LocalDate;

/**
 * Numbers of institution contracting (rules.md §4): the evaluation score (0–100) an applicant must reach, the
 * working days a returned application has to be corrected in, the working days of the public notice of an
 * admitted applicant, the default validity of an agreement in years, and how many days before an agreement ends
 * its renewal starts
 * (rules.md: 3 years, 90 days). Ranges are checked by {@link RuleSetValidator}.
 */
public record ContractingTerms(
        int evaluationPassMark,
        int correctionWorkingDays,
        int noticeWorkingDays,
        int agreementValidityYears,
        int renewalLeadDays) {

    public static final int HIGHEST_SCORE = 100;

    public boolean passes(int score) {
        return score >= evaluationPassMark;
    }

    /** The last day of an agreement starting on {@code from} with the default validity: 2026-01-01 → 2028-12-31. */
    public LocalDate defaultValidUntil(LocalDate from) {
        return from.plusYears(agreementValidityYears).minusDays(1);
    }

    /** The day renewal starts for an agreement whose last day is {@code validUntil}. */
    public LocalDate renewalStarts(LocalDate validUntil) {
        return validUntil.plusDays(1).minusDays(renewalLeadDays);
    }
}
