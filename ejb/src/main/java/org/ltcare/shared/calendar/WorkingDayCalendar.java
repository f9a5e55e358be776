package org.ltcare.shared.calendar;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Working days per the statutory holiday calendar kept in tables calendar_year and calendar_exception (rules in
 * {@link WorkingDays}). A count that reaches a year nobody has entered throws
 * {@link CalendarYearMissingException} rather than guessing from weekends.
 */
@Stateless
public class WorkingDayCalendar {

    @Inject
    private CalendarRepository calendar;

    public WorkingDayCalendar() {
    }

    /** For tests without a container. */
    WorkingDayCalendar(CalendarRepository calendar) {
        this.calendar = calendar;
    }

    /** The date {@code days} working days after {@code from}; counting starts the day after {@code from}. */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        return explain(from, days).due();
    }

    /** The same count with the holidays, make-up days and weekends it passed: a deadline that says how. */
    public DeadlineExplanation explain(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        // Load a generous window at once: 3 calendar days per working day covers the longest holidays.
        List<CalendarException> listed = calendar.listedBetween(from.plusDays(1), from.plusDays(days * 3L + 30));
        Map<LocalDate, DayKind> kinds = new HashMap<>();
        Map<LocalDate, String> names = new HashMap<>();
        listed.forEach(day -> {
            kinds.put(day.getDay(), day.getKind());
            names.put(day.getDay(), day.getName());
        });
        return new WorkingDays(calendar.yearNumbers(), kinds, names).explain(from, days);
    }

    /**
     * {@link #explain}, or — where the count reaches a year nobody has entered — as many calendar days, never later
     * than the working-day date would be, so that the deadline is early rather than missing ({@code missingYear}
     * says so; a caller that wants no date then leaves it out). The missing year is returned, not thrown: thrown
     * out of this bean, it would mark the caller's transaction rollback-only (BusinessException is an application
     * exception with rollback) even if the caller caught it. The call below stays inside this bean, so the
     * container never sees the exception.
     */
    public DeadlineExplanation explainLeniently(LocalDate from, int days) {
        try {
            return explain(from, days);
        } catch (CalendarYearMissingException e) {
            return DeadlineExplanation.calendarDays(from, days, e.year());
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        return load(day, day).isWorkingDay(day);
    }

    private WorkingDays load(LocalDate from, LocalDate to) {
        return new WorkingDays(calendar.yearNumbers(), calendar.exceptionsBetween(from, to));
    }
}
