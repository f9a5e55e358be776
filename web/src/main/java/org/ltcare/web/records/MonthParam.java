package org.ltcare.web.records;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** A month typed into a page ("2026-10"): the month, or the page's default when it is blank or not a month. */
final class MonthParam {

    private MonthParam() {
    }

    static YearMonth orElse(String text, YearMonth fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
