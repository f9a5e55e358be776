package org.ltcare.care;

import java.io.Serializable;
import java.util.List;
import org.ltcare.policy.rules.CareType;

/** One beneficiary's line of the month grid: who, which admission, and the month's days. */
public final class BedDayRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long admissionId;
    private final String name;
    private final String idNumber;
    private final CareType careType;
    private final List<DayCell> cells;

    BedDayRow(long admissionId, String name, String idNumber, CareType careType, List<DayCell> cells) {
        this.admissionId = admissionId;
        this.name = name;
        this.idNumber = idNumber;
        this.careType = careType;
        this.cells = List.copyOf(cells);
    }

    public long getAdmissionId() {
        return admissionId;
    }

    public String getName() {
        return name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public CareType getCareType() {
        return careType;
    }

    public List<DayCell> getCells() {
        return cells;
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
        return cells.stream().filter(cell -> cell.getState() == state).count();
    }
}
