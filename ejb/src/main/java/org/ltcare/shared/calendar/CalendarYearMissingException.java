package org.ltcare.shared.calendar;

import org.ltcare.shared.BusinessException;

/**
 * Working days were counted into a year whose holiday arrangement has not been entered. Counting weekends alone
 * would quietly give a wrong date around Spring Festival or National Day, so there is no answer until a bureau
 * administrator adds the year.
 */
public class CalendarYearMissingException extends BusinessException {

    private final int year;

    public CalendarYearMissingException(int year) {
        // The year as text: MessageFormat would print a number as "2,027".
        super("calendar.yearMissing", String.valueOf(year));
        this.year = year;
    }

    public int year() {
        return year;
    }
}
