package org.ltcare.web.records;

import java.io.Serializable;
import java.util.List;
import org.ltcare.care.BedDayRow;
import org.ltcare.care.DayCell;
import org.ltcare.web.i18n.Messages;

/**
 * One cell of the bed-day grid as the page writes it: its class, tooltip and mark worked out once when the grid is
 * read, so that rendering a home's 2,000 cells reads properties instead of evaluating a dozen expressions each
 * (issue 23: the grid was the heaviest page on a city's data). {@code link}: the user may open the day's dialog.
 */
public record BedDayCellView(String day, String css, String title, String mark, boolean link) implements Serializable {

    static BedDayCellView of(DayCell cell, boolean editable, Messages messages) {
        String state = cell.reason() != null ? messages.get("absence." + cell.reason())
                : messages.get("bedDay.state." + cell.state());
        String title = cell.note() == null ? state : state + " — " + cell.note();
        String mark = messages.get("bedDay.short." + (cell.reason() != null ? cell.reason() : cell.state()));
        return new BedDayCellView(cell.day().toString(), "ltc-day ltc-day-" + cell.state(), title, mark,
                editable && cell.isEditable());
    }

    /** A row's cells, in the order of its days. */
    static List<BedDayCellView> of(BedDayRow row, boolean editable, Messages messages) {
        return row.cells().stream().map(cell -> of(cell, editable, messages)).toList();
    }
}
