package org.ltcare.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;

/** The input rules of the calendar screen. */
class CalendarChecksTest {

    @ParameterizedTest(name = "{0} {1} \"{2}\" → {3} {4}")
    @CsvSource(nullValues = "NULL", value = {
        // A make-up working day is a Saturday or a Sunday.
        "2026-05-09, WORKDAY, 劳动节调休上班, NULL,    NULL",
        "2026-09-20, WORKDAY, 国庆节调休上班, NULL,    NULL",
        "2026-05-08, WORKDAY, 调休上班,       dayKind, calendar.workdayOnWeekendOnly",
        // A holiday may be any day: notices list the weekend days inside a holiday period too.
        "2026-05-04, HOLIDAY, 劳动节,         NULL,    NULL",
        "2026-05-02, HOLIDAY, 劳动节,         NULL,    NULL",
        "NULL,       HOLIDAY, 劳动节,         day,     validation.required",
        "2026-05-04, NULL,    劳动节,         dayKind, validation.required",
        "2026-05-04, HOLIDAY, NULL,           dayName, validation.required",
        "2026-05-04, HOLIDAY, '   ',          dayName, validation.required"
    })
    void day(LocalDate day, DayKind kind, String name, String field, String key) {
        var errors = CalendarChecks.day(day, kind, name);
        if (field == null) {
            assertThat(errors).isEmpty();
        } else {
            assertThat(errors).containsExactly(new FieldError(field, key));
        }
    }

    @Test
    void aNameHasAtMost64Characters() {
        LocalDate day = LocalDate.of(2026, 6, 19);
        assertThat(CalendarChecks.day(day, DayKind.HOLIDAY, "端".repeat(64))).isEmpty();
        assertThat(CalendarChecks.day(day, DayKind.HOLIDAY, "端".repeat(65)))
                .containsExactly(new FieldError("dayName", "validation.tooLong"));
    }

    @ParameterizedTest(name = "{0} \"{1}\" → {2} {3}")
    @CsvSource(nullValues = "NULL", value = {
        "2027, 国务院办公厅关于2027年部分节假日安排的通知, NULL,       NULL",
        "2000, 通知,                                     NULL,       NULL",
        "2100, 通知,                                     NULL,       NULL",
        "1999, 通知,                                     year,       calendar.yearOutOfRange",
        "2101, 通知,                                     year,       calendar.yearOutOfRange",
        "NULL, 通知,                                     year,       validation.required",
        "2027, NULL,                                     yearSource, validation.required",
        "2027, ' ',                                      yearSource, validation.required"
    })
    void year(Integer year, String source, String field, String key) {
        var errors = CalendarChecks.year(year, source);
        if (field == null) {
            assertThat(errors).isEmpty();
        } else {
            assertThat(errors).containsExactly(new FieldError(field, key));
        }
    }

    @Test
    void aSourceHasAtMost200Characters() {
        assertThat(CalendarChecks.year(2027, "通".repeat(201)))
                .containsExactly(new FieldError("yearSource", "validation.tooLong"));
    }

    @Test
    void theEntityRefusesAMakeUpWorkingDayOnAWeekday() {
        CalendarException day = new CalendarException(LocalDate.of(2026, 10, 10), DayKind.WORKDAY, " 国庆节调休上班 ");
        assertThat(day.getName()).isEqualTo("国庆节调休上班");
        assertThatThrownBy(() -> day.change(DayKind.WORKDAY, ""))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new CalendarException(LocalDate.of(2026, 10, 9), DayKind.WORKDAY, "调休"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("dayKind", "calendar.workdayOnWeekendOnly")));
    }
}
