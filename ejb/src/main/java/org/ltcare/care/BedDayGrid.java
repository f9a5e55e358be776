package org.ltcare.care;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** An institution's bed-days of a month: one row per 专护/院护 admission with days in it. */
public final class BedDayGrid implements Serializable {

    private static final long serialVersionUID = 1L;

    private final YearMonth month;
    private final boolean closed;
    private final List<BedDayRow> rows;

    BedDayGrid(YearMonth month, boolean closed, List<BedDayRow> rows) {
        this.month = month;
        this.closed = closed;
        this.rows = List.copyOf(rows);
    }

    public YearMonth getMonth() {
        return month;
    }

    /** Closed: the month's claim was submitted, nothing changes any more. */
    public boolean isClosed() {
        return closed;
    }

    public List<BedDayRow> getRows() {
        return rows;
    }

    public List<LocalDate> getDays() {
        return month.atDay(1).datesUntil(month.atEndOfMonth().plusDays(1)).toList();
    }

    public long getPresentDays() {
        return rows.stream().mapToLong(BedDayRow::getPresentDays).sum();
    }
}
