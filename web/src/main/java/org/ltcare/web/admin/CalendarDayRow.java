package org.ltcare.web.admin;

import java.io.Serializable;
import java.time.LocalDate;
import org.ltcare.shared.calendar.CalendarException;
import org.ltcare.shared.calendar.DayKind;

/** One listed day as the calendar screen shows it; a copy, so the view-scoped page stays serialisable. */
public record CalendarDayRow(LocalDate day, DayKind kind, String name) implements Serializable {

    static CalendarDayRow of(CalendarException listed) {
        return new CalendarDayRow(listed.getDay(), listed.getKind(), listed.getName());
    }
}
