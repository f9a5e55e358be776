package org.ltcare.shared.calendar;

import java.time.LocalDate;

/** A counted date, or the first year the count reached that has no calendar (then {@code date} is null). */
public record WorkingDayAnswer(LocalDate date, Integer missingYear) {

    static WorkingDayAnswer of(LocalDate date) {
        return new WorkingDayAnswer(date, null);
    }

    static WorkingDayAnswer missing(int year) {
        return new WorkingDayAnswer(null, year);
    }

    public boolean isKnown() {
        return date != null;
    }
}
