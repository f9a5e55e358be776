package org.ltcare.policy.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Deadlines and fees of the assessment process (rules.md §2): acceptance, dispatch, notice, objection and
 * re-assessment in working days, the conclusion's validity and the reminder (calendar days) before it expires. Working-day counts are counted with the
 * statutory calendar by the caller. The re-assessment fee is borne by the applicant only if the grade is
 * unchanged. Ranges are checked by {@link RuleSetValidator}.
 */
public record AssessmentProcedure(
        BenefitStartRule benefitStart,
        int conclusionValidityMonths,
        int acceptanceWorkingDays,
        int dispatchWorkingDays,
        int publicNoticeWorkingDays,
        int objectionWorkingDaysAfterConclusion,
        int reassessmentWorkingDays,
        int expiryReminderDays,
        BigDecimal reassessmentFeeHome,
        BigDecimal reassessmentFeeInstitution) {

    public AssessmentProcedure {
        Objects.requireNonNull(benefitStart, "benefitStart");
        reassessmentFeeHome = Yuan.normalise(Objects.requireNonNull(reassessmentFeeHome, "reassessmentFeeHome"));
        reassessmentFeeInstitution = Yuan.normalise(
                Objects.requireNonNull(reassessmentFeeInstitution, "reassessmentFeeInstitution"));
    }

    /** The day a re-assessment task is raised: {@code expiryReminderDays} before the first day not covered. */
    public LocalDate expiryReminderDay(LocalDate validThrough) {
        return validThrough.plusDays(1).minusDays(expiryReminderDays);
    }

    public LocalDate firstBenefitDay(LocalDate conclusionDate) {
        return benefitStart.firstBenefitDay(conclusionDate);
    }

    /**
     * The last day a conclusion is valid: the day before the same date {@code conclusionValidityMonths} later
     * (2023-03-10 → 2025-03-09). A conclusion of 29 February ends on 27 February, because
     * {@link LocalDate#plusMonths} lands on the 28th; (verify) if a region counts that case differently.
     */
    public LocalDate conclusionValidThrough(LocalDate conclusionDate) {
        return conclusionDate.plusMonths(conclusionValidityMonths).minusDays(1);
    }
}
