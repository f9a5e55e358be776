package org.ltcare.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
    void aMissingYearIsThrownByTheCountAndReturnedByTheLenientCount() {
        LocalDate christmas = LocalDate.of(2026, 12, 25);
        assertThatThrownBy(() -> calendar.addWorkingDays(christmas, 5))
                .isInstanceOf(CalendarYearMissingException.class);
        assertThat(calendar.addWorkingDaysIfKnown(christmas, 5)).isEqualTo(new WorkingDayAnswer(null, 2027));
        assertThat(calendar.addWorkingDaysIfKnown(LocalDate.of(2026, 11, 25), 5))
                .isEqualTo(new WorkingDayAnswer(LocalDate.of(2026, 12, 2), null));
    }

    /** The repository answered from the migrations instead of a database. */
    private static final class ShippedRepository extends CalendarRepository {

        private final ShippedCalendar shipped = ShippedCalendar.read();

        @Override
        public Set<Integer> yearNumbers() {
            return shipped.years;
        }

        @Override
        public Map<LocalDate, DayKind> exceptionsBetween(LocalDate from, LocalDate to) {
            return shipped.exceptions.entrySet().stream()
                    .filter(e -> !e.getKey().isBefore(from) && !e.getKey().isAfter(to))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }
    }
}
