package org.ltcare.care;

import java.io.Serializable;
import java.util.List;
import org.ltcare.policy.rules.CareType;

/** One beneficiary's line of the month grid: who, which admission, and the month's days. */
public record BedDayRow(long admissionId, String name, String idNumber, CareType careType, List<DayCell> cells)
        implements Serializable {

    public BedDayRow {
        cells = List.copyOf(cells);
    }

    /** Bed-days so far: days present. */
    public long getPresentDays() {
        return count(DayState.PRESENT);
    }

    /** Days absent or in hospital. */
    public long getAbsentDays() {
        return count(DayState.ABSENT) + count(DayState.INPATIENT);
    }

    private long count(DayState state) {
        return cells.stream().filter(cell -> cell.state() == state).count();
    }
}
