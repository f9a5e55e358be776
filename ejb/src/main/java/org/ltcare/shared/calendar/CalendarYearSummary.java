package org.ltcare.shared.calendar;

import java.io.Serializable;
import java.time.Instant;

/** One entered year as the admin screen lists it: its source, its last change and how many days it lists. */
public record CalendarYearSummary(int year, String source, String updatedBy, Instant updatedAt, long exceptionCount)
        implements Serializable {
}
