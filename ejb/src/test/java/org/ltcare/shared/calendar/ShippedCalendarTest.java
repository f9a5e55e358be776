package org.ltcare.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The shipped calendar data obeys the rules the admin screen enforces, and 2026 matches the State Council notice. */
class ShippedCalendarTest {

    private final ShippedCalendar calendar = ShippedCalendar.read();

    @Test
    void bothYearsAreEnteredAndEveryListedDayBelongsToOne() {
        assertThat(calendar.years).containsExactlyInAnyOrder(2025, 2026);
        assertThat(calendar.exceptions.keySet()).allSatisfy(day -> assertThat(calendar.years).contains(day.getYear()));
    }

    @Test
    void everyListedDayPassesTheScreensChecks() {
        calendar.exceptions.forEach((day, kind) ->
                assertThat(CalendarChecks.day(day, kind, calendar.names.get(day))).as(day.toString()).isEmpty());
    }

    @Test
    void makeUpDaysOf2026AreTheNoticesWeekendDays() {
        Map<LocalDate, String> workdays = new TreeMap<>();
        calendar.exceptions.forEach((day, kind) -> {
            if (kind == DayKind.WORKDAY && day.getYear() == 2026) {
                workdays.put(day, calendar.names.get(day));
            }
        });
        assertThat(workdays).containsExactly(
                Map.entry(LocalDate.of(2026, 1, 4), "元旦调休上班"),
                Map.entry(LocalDate.of(2026, 2, 14), "春节调休上班"),
                Map.entry(LocalDate.of(2026, 2, 28), "春节调休上班"),
                Map.entry(LocalDate.of(2026, 5, 9), "劳动节调休上班"),
                Map.entry(LocalDate.of(2026, 9, 20), "国庆节调休上班"),
                Map.entry(LocalDate.of(2026, 10, 10), "国庆节调休上班"));
        assertThat(workdays.keySet()).extracting(LocalDate::getDayOfWeek)
                .containsOnly(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }

    @Test
    void holidaysOf2026AreTheNoticesPeriods() {
        long holidays2026 = calendar.exceptions.entrySet().stream()
                .filter(e -> e.getKey().getYear() == 2026 && e.getValue() == DayKind.HOLIDAY)
                .count();
        // 元旦 3, 春节 9, 清明 3, 劳动节 5, 端午 3, 中秋 3, 国庆 7.
        assertThat(holidays2026).isEqualTo(33);
        for (LocalDate day = LocalDate.of(2026, 2, 15); !day.isAfter(LocalDate.of(2026, 2, 23)); day = day.plusDays(1)) {
            assertThat(calendar.names.get(day)).as(day.toString()).isEqualTo("春节");
        }
    }
}
