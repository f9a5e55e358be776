package org.ltcare.shared.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;

/**
 * Input rules for the calendar screen, as field errors. A make-up working day can only be a Saturday or a Sunday
 * (a weekday is a working day anyway); a holiday may fall on any day, because the notices list the weekend days
 * inside a holiday period too.
 */
public final class CalendarChecks {

    public static final int NAME_LENGTH = 64;

    private CalendarChecks() {
    }

    public static List<FieldError> year(Integer year, String source) {
        List<FieldError> errors = new ArrayList<>();
        if (year == null) {
            errors.add(new FieldError("year", "validation.required"));
        } else if (year < CalendarYear.FIRST || year > CalendarYear.LAST) {
            errors.add(new FieldError("year", "calendar.yearOutOfRange"));
        }
        if (source == null || source.isBlank()) {
            errors.add(new FieldError("yearSource", "validation.required"));
        } else if (source.strip().length() > CalendarYear.SOURCE_LENGTH) {
            errors.add(new FieldError("yearSource", "validation.tooLong"));
        }
        return errors;
    }

    public static List<FieldError> day(LocalDate day, DayKind kind, String name) {
        List<FieldError> errors = new ArrayList<>();
        if (day == null) {
            errors.add(new FieldError("day", "validation.required"));
        }
        if (kind == null) {
            errors.add(new FieldError("dayKind", "validation.required"));
        } else if (kind == DayKind.WORKDAY && day != null && !isWeekend(day)) {
            errors.add(new FieldError("dayKind", "calendar.workdayOnWeekendOnly"));
        }
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("dayName", "validation.required"));
        } else if (name.strip().length() > NAME_LENGTH) {
            errors.add(new FieldError("dayName", "validation.tooLong"));
        }
        return errors;
    }

    static void requireValidDay(LocalDate day, DayKind kind, String name) {
        List<FieldError> errors = day(day, kind, name);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
