package org.ltcare.shared.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The calendar the migrations ship, read from the migration files themselves, so tests check the shipped data. */
final class ShippedCalendar {

    static final List<String> MIGRATIONS = List.of(
            "db/migration/V6__working_day_calendar.sql",
            "db/migration/V8__calendar_years.sql");

    private static final Pattern DAY = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})','(HOLIDAY|WORKDAY)','([^']+)'\\)");
    private static final Pattern YEAR = Pattern.compile("\\((\\d{4}), '[^']+'\\)");

    final Map<LocalDate, DayKind> exceptions = new HashMap<>();
    final Map<LocalDate, String> names = new HashMap<>();
    final Set<Integer> years = new HashSet<>();

    private ShippedCalendar() {
    }

    static ShippedCalendar read() {
        ShippedCalendar calendar = new ShippedCalendar();
        for (String migration : MIGRATIONS) {
            String sql = text(migration);
            Matcher day = DAY.matcher(sql);
            while (day.find()) {
                LocalDate date = LocalDate.parse(day.group(1));
                if (calendar.exceptions.put(date, DayKind.valueOf(day.group(2))) != null) {
                    throw new IllegalStateException("listed twice: " + date);
                }
                calendar.names.put(date, day.group(3));
            }
            Matcher year = YEAR.matcher(sql);
            while (year.find()) {
                calendar.years.add(Integer.parseInt(year.group(1)));
            }
        }
        return calendar;
    }

    WorkingDays workingDays() {
        return new WorkingDays(years, exceptions);
    }

    private static String text(String resource) {
        try (InputStream in = ShippedCalendar.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("not on the test classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
