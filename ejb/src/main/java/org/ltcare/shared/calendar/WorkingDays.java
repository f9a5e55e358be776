package org.ltcare.shared.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/** The pure counting rule behind {@link WorkingDayCalendar}, testable without a database. */
public final class WorkingDays {

    public static final String HOLIDAY = "HOLIDAY";
    public static final String WORKDAY = "WORKDAY";

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day, Map<LocalDate, String> exceptions) {
        String kind = exceptions.get(day);
        if (HOLIDAY.equals(kind)) {
            return false;
        }
        if (WORKDAY.equals(kind)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    public static LocalDate add(LocalDate from, int days, Map<LocalDate, String> exceptions) {
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day, exceptions)) {
                counted++;
            }
        }
        return day;
    }
}
