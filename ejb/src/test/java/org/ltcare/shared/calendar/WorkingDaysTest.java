package org.ltcare.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working-day counting against the calendar data the migrations ship (read from the migrations themselves). */
class WorkingDaysTest {

    private final WorkingDays shipped = ShippedCalendar.read().workingDays();

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
    void adds2025WorkingDays(LocalDate from, int days, LocalDate expected) {
        assertThat(shipped.add(from, days)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        // Spring Festival 15–23 Feb, make-up Saturdays 14 and 28 Feb.
        "2026-02-13, 1, 2026-02-14",
        "2026-02-14, 1, 2026-02-24",
        "2026-02-12, 3, 2026-02-24",
        "2026-02-27, 1, 2026-02-28",
        "2026-02-24, 5, 2026-03-02",
        // Labour Day 1–5 May, make-up Saturday 9 May.
        "2026-04-30, 1, 2026-05-06",
        "2026-05-08, 1, 2026-05-09",
        "2026-04-29, 5, 2026-05-09",
        // Mid-Autumn 25–27 Sep and National Day 1–7 Oct, make-up Sunday 20 Sep and Saturday 10 Oct.
        "2026-09-18, 1, 2026-09-20",
        "2026-09-24, 1, 2026-09-28",
        "2026-09-30, 1, 2026-10-08",
        "2026-10-09, 1, 2026-10-10",
        "2026-09-28, 5, 2026-10-10",
        // Across the year end into New Year's Day (1–3 Jan), make-up Sunday 4 Jan.
        "2025-12-31, 1, 2026-01-04",
        "2025-12-30, 2, 2026-01-04",
        // Starting on a holiday: counting starts the next day; zero days is the start itself.
        "2026-02-16, 1, 2026-02-24",
        "2026-10-03, 2, 2026-10-09",
        "2026-02-16, 0, 2026-02-16",
        // The start is not counted, so its year need not be entered.
        "2024-12-31, 1, 2025-01-02"
    })
    void adds2026WorkingDays(LocalDate from, int days, LocalDate expected) {
        assertThat(shipped.add(from, days)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
        "2025-03-08, false", "2025-04-27, true", "2025-05-02, false", "2025-05-06, true",
        "2026-01-02, false", "2026-01-04, true",
        "2026-02-14, true", "2026-02-15, false", "2026-02-23, false", "2026-02-28, true", "2026-03-07, false",
        "2026-05-05, false", "2026-05-09, true",
        "2026-09-20, true", "2026-09-25, false", "2026-10-07, false", "2026-10-08, true", "2026-10-10, true"
    })
    void weekendsAreOffUnlessMadeUpAndHolidaysAreOff(LocalDate day, boolean working) {
        assertThat(shipped.isWorkingDay(day)).isEqualTo(working);
    }

    @Test
    void countingIntoAYearNotEnteredIsAnError() {
        assertThatThrownBy(() -> shipped.add(LocalDate.of(2026, 12, 31), 1))
                .isInstanceOfSatisfying(CalendarYearMissingException.class, e -> {
                    assertThat(e.year()).isEqualTo(2027);
                    assertThat(e.messageKey()).isEqualTo("calendar.yearMissing");
                    assertThat(e.arguments()).containsExactly("2027");
                });
    }

    @Test
    void countingThatStopsBeforeTheMissingYearStillAnswers() {
        assertThat(shipped.add(LocalDate.of(2026, 12, 30), 1)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(shipped.add(LocalDate.of(2026, 12, 31), 0)).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aDayOfAYearNotEnteredHasNoAnswer() {
        assertThatThrownBy(() -> shipped.isWorkingDay(LocalDate.of(2027, 1, 4)))
                .isInstanceOf(CalendarYearMissingException.class);
        assertThatThrownBy(() -> shipped.isWorkingDay(LocalDate.of(2024, 6, 3)))
                .isInstanceOfSatisfying(CalendarYearMissingException.class, e -> assertThat(e.year()).isEqualTo(2024));
    }

    @Test
    void aYearInTheMiddleThatIsMissingStopsTheCount() {
        WorkingDays gap = new WorkingDays(Set.of(2025, 2027), Map.of());
        assertThatThrownBy(() -> gap.add(LocalDate.of(2025, 12, 1), 300))
                .isInstanceOfSatisfying(CalendarYearMissingException.class, e -> assertThat(e.year()).isEqualTo(2026));
    }

    @Test
    void negativeCountsAreAProgrammingError() {
        assertThatThrownBy(() -> shipped.add(LocalDate.of(2026, 3, 2), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
