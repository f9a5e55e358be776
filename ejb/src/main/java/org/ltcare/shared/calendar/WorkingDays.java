package org.ltcare.shared.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The pure counting rule behind {@link WorkingDayCalendar}, testable without a database: weekends are off unless
 * listed as a make-up working day, listed holidays are off. Only days of the covered years have an answer; any
 * other day throws {@link CalendarYearMissingException}.
 */
public final class WorkingDays {

    private final Set<Integer> coveredYears;
    private final Map<LocalDate, DayKind> exceptions;

    /** {@code exceptions} must hold every listed day of the covered years within the dates asked about. */
    public WorkingDays(Set<Integer> coveredYears, Map<LocalDate, DayKind> exceptions) {
        this.coveredYears = Set.copyOf(coveredYears);
        this.exceptions = Map.copyOf(exceptions);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (!coveredYears.contains(day.getYear())) {
            throw new CalendarYearMissingException(day.getYear());
        }
        DayKind kind = exceptions.get(day);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The date {@code days} working days after {@code from}; counting starts the day after {@code from}, so
     * every year from there to the result must be covered, and {@code from} itself need not be a working day.
     */
    public LocalDate add(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
