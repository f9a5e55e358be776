package org.ltcare.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A deadline's explanation is kept as JSON and read back whole, the lenient kind included. */
class DeadlineJsonTest {

    private final DeadlineJson json = new DeadlineJson();

    @Test
    void aCountOverHolidaysComesBackWhole() {
        DeadlineExplanation counted = ShippedCalendar.read().workingDays().explain(LocalDate.of(2026, 2, 13), 12);

        assertThat(json.convertToEntityAttribute(json.convertToDatabaseColumn(counted))).isEqualTo(counted);
        assertThat(counted.holidaysPassed()).isNotEmpty();
        assertThat(counted.makeUpDaysCounted()).isNotEmpty();
    }

    @Test
    void aCountInCalendarDaysKeepsTheMissingYear() {
        DeadlineExplanation lenient = DeadlineExplanation.calendarDays(LocalDate.of(2027, 12, 20), 20, 2028);

        DeadlineExplanation read = json.convertToEntityAttribute(json.convertToDatabaseColumn(lenient));

        assertThat(read).isEqualTo(lenient);
        assertThat(read.due()).isEqualTo(LocalDate.of(2028, 1, 9));
        assertThat(json.convertToDatabaseColumn(null)).isNull();
        assertThat(json.convertToEntityAttribute(" ")).isNull();
    }
}
