package org.ltcare.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working-day counting against the calendar data the migration ships (read from the migration itself). */
class WorkingDaysTest {

    private static final Pattern ROW = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})','(HOLIDAY|WORKDAY)'");
    private static final Map<LocalDate, String> CALENDAR = new HashMap<>();

    @BeforeAll
    static void readMigration() throws IOException {
        try (InputStream in = WorkingDaysTest.class.getClassLoader()
                .getResourceAsStream("db/migration/V6__working_day_calendar.sql")) {
            Matcher m = ROW.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                CALENDAR.put(LocalDate.parse(m.group(1)), m.group(2));
            }
        }
        assertThat(CALENDAR).hasSizeGreaterThan(30);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        // The trial API's worked example: Qingming (4–6 Apr) and Labour Day (1–5 May, make-up Sunday 27 Apr).
        "2025-04-07, 30, 2025-05-21",
        // Friday + 1 is Monday.
        "2025-03-07, 1, 2025-03-10",
        // The make-up working Sunday before Spring Festival counts.
        "2025-01-24, 1, 2025-01-26",
        // Across the Spring Festival week: next working day after 27 Jan is the 5th of February.
        "2025-01-27, 1, 2025-02-05",
        // National Day week with make-up Saturday 11 October.
        "2025-09-30, 1, 2025-10-09",
        "2025-10-10, 1, 2025-10-11",
        "2025-04-07, 0, 2025-04-07"
    })
    void addsWorkingDays(LocalDate from, int days, LocalDate expected) {
        assertThat(WorkingDays.add(from, days, CALENDAR)).isEqualTo(expected);
    }

    @Test
    void weekendsAreOffUnlessMadeUpAndHolidaysAreOff() {
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2025, 3, 8), CALENDAR)).isFalse();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2025, 4, 27), CALENDAR)).isTrue();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2025, 5, 2), CALENDAR)).isFalse();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2025, 5, 6), CALENDAR)).isTrue();
    }
}
