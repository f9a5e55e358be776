package org.ltcare.settlement.fee;

/**
 * Why a claimed care day is not paid: the catalogue of rules.md §5, in its order. The care-fee trial
 * produces the codes it has data for; NOT_ENROLLED, NO_AGREEMENT and OVER_ENTITLEMENT need enrolment,
 * agreement and cap data and are set by the settlement audit.
 */
public enum RejectionReason {
    /** The grade is outside the rule set's entitled grades; every day of the line is rejected. */
    NOT_ENTITLED_GRADE,
    /** No conclusion valid that day: before the conclusion date or after its validity. */
    NO_VALID_CONCLUSION,
    /** Before the first benefit day (reference: the 1st of the month after the conclusion). */
    BEFORE_BENEFIT_START,
    NOT_ENROLLED,
    /** On or after the date of death. */
    AFTER_DEATH,
    /** A hospital inpatient day: benefits are suspended. */
    INPATIENT_DAY,
    /** Another institution or care type already claimed the day. */
    DUPLICATE_DAY,
    NO_AGREEMENT,
    /** No care record; for home care, no check-in/out pair or a visit shorter than the minimum. */
    NO_SERVICE_RECORD,
    /** Above a frequency or monthly cap. */
    OVER_ENTITLEMENT
}
