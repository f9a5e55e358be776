package org.ltcare.shared.calendar;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;

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
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        // Load a generous window at once: 3 calendar days per working day covers the longest holidays.
        return load(from.plusDays(1), from.plusDays(days * 3L + 30)).add(from, days);
    }

    /**
     * The same count for callers that can do without the date. The missing year is returned, not thrown: thrown
     * out of this bean, it would mark the caller's transaction rollback-only (BusinessException is an application
     * exception with rollback) even if the caller caught it. The call below stays inside this bean, so the
     * container never sees the exception.
     */
    public WorkingDayAnswer addWorkingDaysIfKnown(LocalDate from, int days) {
        try {
            return WorkingDayAnswer.of(addWorkingDays(from, days));
        } catch (CalendarYearMissingException e) {
            return WorkingDayAnswer.missing(e.year());
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        return load(day, day).isWorkingDay(day);
    }

    private WorkingDays load(LocalDate from, LocalDate to) {
        return new WorkingDays(calendar.yearNumbers(), calendar.exceptionsBetween(from, to));
    }
}
