package org.ltcare.settlement.claim;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** Days of one month as the bits of an int: bit d-1 is day d (31 days fit). */
public final class DayMask {

    private DayMask() {
    }

    public static int of(Collection<LocalDate> days) {
        int mask = 0;
        for (LocalDate day : days) {
            mask |= 1 << (day.getDayOfMonth() - 1);
        }
        return mask;
    }

    public static Set<LocalDate> days(YearMonth month, int mask) {
        Set<LocalDate> days = new TreeSet<>();
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            if ((mask & (1 << (d - 1))) != 0) {
                days.add(month.atDay(d));
            }
        }
        return days;
    }
}
