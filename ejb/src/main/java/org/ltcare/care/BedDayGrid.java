package org.ltcare.care;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * An institution's bed-days of a month: one row per 专护/院护 admission with days in it; {@code closed}: the month's
 * claim was submitted, nothing changes any more.
 */
public record BedDayGrid(YearMonth month, boolean closed, List<BedDayRow> rows) implements Serializable {

    public BedDayGrid {
        rows = List.copyOf(rows);
    }

    public List<LocalDate> getDays() {
        return month.atDay(1).datesUntil(month.atEndOfMonth().plusDays(1)).toList();
    }

    public long getPresentDays() {
        return rows.stream().mapToLong(BedDayRow::getPresentDays).sum();
    }
}
