package org.ltcare.care;

import java.io.Serializable;
import java.time.LocalDate;

/** One day of one beneficiary in the month grid (bean getters for the screen). */
public final class DayCell implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LocalDate day;
    private final DayState state;
    private final AbsenceReason reason;
    private final String note;

    DayCell(LocalDate day, DayState state, AbsenceReason reason, String note) {
        this.day = day;
        this.state = state;
        this.reason = reason;
        this.note = note;
    }

    public LocalDate getDay() {
        return day;
    }

    public DayState getState() {
        return state;
    }

    public AbsenceReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    /** Whether the institution may still change this day: in care, not ahead of today (and the month open). */
    public boolean isEditable() {
        return state == DayState.PRESENT || state == DayState.ABSENT || state == DayState.INPATIENT;
    }
}
