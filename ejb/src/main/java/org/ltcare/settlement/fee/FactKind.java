package org.ltcare.settlement.fee;

/**
 * What kind of record a rejected day rests on: the hospital stay that made it an inpatient day, the absence or the
 * unverified visit that left it without a service record, the other claim that holds it, the date of death, the
 * enrolment period it falls outside, the conclusion it is not covered by, the missing agreement, the monthly cap.
 */
public enum FactKind {
    HOSPITAL_STAY,
    ABSENCE,
    UNVERIFIED_VISIT,
    OTHER_CLAIM,
    DEATH,
    ENROLMENT,
    CONCLUSION,
    NO_AGREEMENT,
    MONTHLY_CAP;

    /** Whether the record states a last date that may still be open (a stay not yet discharged, an enrolment). */
    boolean hasEnd() {
        return this == HOSPITAL_STAY || this == ENROLMENT;
    }
}
