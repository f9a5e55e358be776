package org.ltcare.shared.calendar;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ltcare.shared.i18n.Explanations;

/**
 * How a deadline came to be: counted from the day after {@code from}, {@code workingDays} working days end on
 * {@code due}; on the way the holidays of the calendar were passed over, the make-up working days (调休上班)
 * counted, and the other weekend days passed over; {@code years} are the calendar years the count read.
 * {@link WorkingDays#explain} builds it while counting, and the due date is taken from it. Where the count reached
 * a year nobody has entered ({@code missingYear}), a lenient deadline counted calendar days instead.
 */
public record DeadlineExplanation(LocalDate from, int workingDays, LocalDate due, List<ListedDay> holidaysPassed,
        List<ListedDay> makeUpDaysCounted, int weekendDaysPassed, List<Integer> years, Integer missingYear)
        implements Serializable {

    /** A day the calendar lists, with the name it was entered under (元旦, 春节调休…). */
    public record ListedDay(LocalDate day, String name) implements Serializable {
    }

    public DeadlineExplanation {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(due, "due");
        holidaysPassed = List.copyOf(holidaysPassed);
        makeUpDaysCounted = List.copyOf(makeUpDaysCounted);
        years = List.copyOf(years);
    }

    /** Counted over the calendar of {@code years}. */
    public DeadlineExplanation(LocalDate from, int workingDays, LocalDate due, List<ListedDay> holidaysPassed,
            List<ListedDay> makeUpDaysCounted, int weekendDaysPassed, List<Integer> years) {
        this(from, workingDays, due, holidaysPassed, makeUpDaysCounted, weekendDaysPassed, years, null);
    }

    /** {@code days} calendar days instead, because the calendar of {@code missingYear} is not entered. */
    public static DeadlineExplanation calendarDays(LocalDate from, int days, int missingYear) {
        return new DeadlineExplanation(from, days, from.plusDays(days), List.of(), List.of(), 0, List.of(),
                missingYear);
    }

    /** The explanation in sentences of {@code locale}. */
    public List<String> steps(Locale locale) {
        if (missingYear != null) {
            return List.of(Explanations.format(locale, "deadline.calendarDays", from.toString(),
                    Integer.toString(workingDays), due.toString(), missingYear.toString()));
        }
        List<String> steps = new ArrayList<>();
        steps.add(Explanations.format(locale, "deadline.count", from.toString(), Integer.toString(workingDays),
                due.toString()));
        if (!holidaysPassed.isEmpty()) {
            steps.add(Explanations.format(locale, "deadline.holidays", Integer.toString(holidaysPassed.size()),
                    listed(holidaysPassed)));
        }
        if (!makeUpDaysCounted.isEmpty()) {
            steps.add(Explanations.format(locale, "deadline.makeUp", listed(makeUpDaysCounted)));
        }
        steps.add(Explanations.format(locale, "deadline.weekends", Integer.toString(weekendDaysPassed)));
        steps.add(Explanations.format(locale, "deadline.years",
                years.stream().map(String::valueOf).collect(Collectors.joining(", "))));
        return steps;
    }

    /** The steps in one line, for a tooltip. */
    public String summary(Locale locale) {
        return String.join(Explanations.format(locale, "deadline.separator"), steps(locale));
    }

    /** "2026-01-01 元旦, 2026-02-16 春节": runs of one name written as a range. */
    private static String listed(List<ListedDay> days) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            ListedDay first = days.get(i);
            while (i + 1 < days.size() && days.get(i + 1).name().equals(first.name())
                    && days.get(i + 1).day().equals(days.get(i).day().plusDays(1))) {
                i++;
            }
            LocalDate last = days.get(i).day();
            parts.add((first.day().equals(last) ? first.day().toString() : first.day() + "–" + last) + " "
                    + first.name());
        }
        return String.join(", ", parts);
    }
}
