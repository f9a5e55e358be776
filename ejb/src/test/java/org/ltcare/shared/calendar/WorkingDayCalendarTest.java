package org.ltcare.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bean's window of loaded days and its two ways of reporting a missing year, on the shipped data. */
class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(new ShippedRepository());

    @Test
    void countsOverTheLongestHolidaysWithinTheLoadedWindow() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 2)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 1, 5), 240)).isEqualTo(
                ShippedCalendar.read().workingDays().add(LocalDate.of(2026, 1, 5), 240));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
    }

    @Test
    void aDeadlineSaysWhichHolidaysAndMakeUpDaysItPassed() {
        DeadlineExplanation explanation = calendar.explain(LocalDate.of(2026, 2, 13), 2);

        assertThat(explanation.due()).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(explanation.holidaysPassed()).hasSize(9).allMatch(day -> day.name().equals("春节"));
        assertThat(explanation.steps(Locale.SIMPLIFIED_CHINESE)).containsExactly(
                "自 2026-02-13 次日起算 2 个工作日，到期日为 2026-02-24",
                "跳过法定节假日 9 天：2026-02-15–2026-02-23 春节",
                "调休上班日计为工作日：2026-02-14 春节调休上班",
                "跳过其他周末 0 天",
                "使用 2026 年度的节假日日历");
        assertThat(calendar.explain(LocalDate.of(2025, 12, 26), 5).summary(Locale.ENGLISH)).isEqualTo(
                "5 working days counted from the day after 2025-12-26: due on 2026-01-05; "
                        + "3 public holidays passed over: 2026-01-01–2026-01-03 元旦; "
                        + "Make-up working days counted: 2026-01-04 元旦调休上班; "
                        + "2 other weekend days passed over; Holiday calendar of 2025, 2026");
    }

    @Test
    void aMissingYearIsThrownByTheCountAndReturnedByTheLenientCount() {
        LocalDate christmas = LocalDate.of(2026, 12, 25);
        assertThatThrownBy(() -> calendar.addWorkingDays(christmas, 5))
                .isInstanceOf(CalendarYearMissingException.class);
        assertThat(calendar.explainLeniently(christmas, 5))
                .isEqualTo(DeadlineExplanation.calendarDays(christmas, 5, 2027));
        DeadlineExplanation known = calendar.explainLeniently(LocalDate.of(2026, 11, 25), 5);
        assertThat(known.due()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(known.missingYear()).isNull();
    }

    /** The repository answered from the migrations instead of a database. */
    private static final class ShippedRepository extends CalendarRepository {

        private final ShippedCalendar shipped = ShippedCalendar.read();

        @Override
        public Set<Integer> yearNumbers() {
            return shipped.years;
        }

        @Override
        public List<CalendarException> listedBetween(LocalDate from, LocalDate to) {
            return shipped.exceptions.entrySet().stream()
                    .filter(e -> !e.getKey().isBefore(from) && !e.getKey().isAfter(to))
                    .map(e -> new CalendarException(e.getKey(), e.getValue(), shipped.names.get(e.getKey())))
                    .toList();
        }
    }
}
