package org.ltcare.care;

/** What the month grid shows for a beneficiary on a day. */
public enum DayState {
    /** Not in this admission's care that day (before admission, after its end). */
    NOT_IN_CARE,
    /** A bed-day: in care and no absence recorded. */
    PRESENT,
    /** An absence the institution recorded. */
    ABSENT,
    /** A hospital inpatient day from the medical-insurance feed, no absence recorded: not billable anyway. */
    INPATIENT,
    /** In care, but the day has not come yet. */
    FUTURE
}
