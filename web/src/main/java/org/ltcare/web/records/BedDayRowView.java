package org.ltcare.web.records;

import java.io.Serializable;
import java.util.List;
import org.ltcare.care.BedDayRow;
import org.ltcare.web.i18n.Messages;

/**
 * One beneficiary's line of the bed-day grid as the page writes it: everything worked out when the grid is read, so
 * that {@link BedDayRowsComponent} writes a home's rows without evaluating an expression (issue 23).
 */
public record BedDayRowView(long admissionId, String name, String idNumber, String careType,
        List<BedDayCellView> cells, long presentDays, long absentDays) implements Serializable {

    static BedDayRowView of(BedDayRow row, String careTypeLabel, boolean editable, Messages messages) {
        return new BedDayRowView(row.admissionId(), row.name(), row.idNumber(), careTypeLabel,
                BedDayCellView.of(row, editable, messages), row.getPresentDays(), row.getAbsentDays());
    }
}
