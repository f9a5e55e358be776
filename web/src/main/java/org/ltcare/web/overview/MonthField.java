package org.ltcare.web.overview;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.ltcare.shared.ValidationException;

/** A month typed on a page (yyyy-MM): blank is null, anything else not a month is refused for that field. */
final class MonthField {

    private MonthField() {
    }

    static YearMonth parse(String field, String text) {
        try {
            return text == null || text.isBlank() ? null : YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException(List.of(new ValidationException.FieldError(field, "budget.month.invalid")));
        }
    }
}
