package org.ltcare.care;

/** Why a beneficiary in 专护 or 院护 was not in the institution on a day (no bed-day is billed for it). */
public enum AbsenceReason {
    /** 请假回家 */
    HOME_LEAVE,
    /** 住院 */
    HOSPITAL,
    /** 其他 (a note says what) */
    OTHER
}
