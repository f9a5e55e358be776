package org.ltcare.care;

import java.io.Serializable;
import java.time.LocalDate;

/** One day of one beneficiary in the month grid. */
public record DayCell(LocalDate day, DayState state, AbsenceReason reason, String note) implements Serializable {

    /** Whether the institution may still change this day: in care, not ahead of today (and the month open). */
    public boolean isEditable() {
        return state == DayState.PRESENT || state == DayState.ABSENT || state == DayState.INPATIENT;
    }
}
