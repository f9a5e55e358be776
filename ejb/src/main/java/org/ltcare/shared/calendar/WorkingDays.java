package org.ltcare.shared.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.ltcare.shared.calendar.DeadlineExplanation.ListedDay;

/**
 * The pure counting rule behind {@link WorkingDayCalendar}, testable without a database: weekends are off unless
 * listed as a make-up working day, listed holidays are off. Only days of the covered years have an answer; any
 * other day throws {@link CalendarYearMissingException}.
 */
public final class WorkingDays {

    private final Set<Integer> coveredYears;
    private final Map<LocalDate, DayKind> exceptions;
    private final Map<LocalDate, String> names;

    /** {@code exceptions} must hold every listed day of the covered years within the dates asked about. */
    public WorkingDays(Set<Integer> coveredYears, Map<LocalDate, DayKind> exceptions) {
        this(coveredYears, exceptions, Map.of());
    }

    /** As above, with the names the listed days were entered under, for explanations. */
    public WorkingDays(Set<Integer> coveredYears, Map<LocalDate, DayKind> exceptions, Map<LocalDate, String> names) {
        this.coveredYears = Set.copyOf(coveredYears);
        this.exceptions = Map.copyOf(exceptions);
        this.names = Map.copyOf(names);
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
        return explain(from, days).due();
    }

    /** The same count, keeping every listed day it passed over or counted. */
    public DeadlineExplanation explain(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        List<ListedDay> holidays = new ArrayList<>();
        List<ListedDay> makeUps = new ArrayList<>();
        SortedSet<Integer> years = new TreeSet<>();
        int weekendDays = 0;
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            years.add(day.getYear());
            boolean working = isWorkingDay(day);
            DayKind listed = exceptions.get(day);
            if (working) {
                counted++;
            }
            if (listed == DayKind.WORKDAY) {
                makeUps.add(new ListedDay(day, names.getOrDefault(day, "")));
            } else if (listed == DayKind.HOLIDAY) {
                holidays.add(new ListedDay(day, names.getOrDefault(day, "")));
            } else if (!working) {
                weekendDays++;
            }
        }
        return new DeadlineExplanation(from, days, day, holidays, makeUps, weekendDays, List.copyOf(years));
    }
}
