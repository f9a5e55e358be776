package org.ltcare.web.records;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.ltcare.care.AbsenceReason;
import org.ltcare.care.BedDayGrid;
import org.ltcare.care.BedDayRow;
import org.ltcare.care.BedDayService;
import org.ltcare.care.DayCell;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.time.ClockProducer;
import org.ltcare.web.Page;
import org.ltcare.web.i18n.Messages;

/**
 * 床日登记: an institution's month grid of 专护/院护 beneficiaries × days. A click on a day opens the absence
 * dialog (reason, note) or marks the day present again. Bureau staff choose an institution and read it.
 */
@Named
@ViewScoped
public class BedDaysPage extends Page {

    @Inject
    private BedDayService bedDays;

    @Inject
    private Messages messages;

    private Long institution;
    private String month;
    private BedDayGrid grid;
    /** The grid's rows as written: made with the grid. */
    private List<BedDayRowView> rowViews = List.of();
    private BedDayRow selectedRow;
    private LocalDate selectedDay;
    private AbsenceReason reason;
    private String note;

    public void load() {
        if (actor.isInstitutionScoped()) {
            institution = actor.organisationId();
        }
        month = MonthParam.orElse(month, YearMonth.now(ClockProducer.ZONE)).toString();
        refresh();
    }

    private void refresh() {
        if (institution == null) {
            grid = null;
            rowViews = List.of();
            return;
        }
        try {
            grid = bedDays.grid(actor, institution, YearMonth.parse(month));
            rowViews = grid.rows().stream().map(row -> BedDayRowView.of(row, messages.label(row.careType()),
                    isEditable(), messages)).toList();
        } catch (BusinessException e) {
            grid = null;
            rowViews = List.of();
            errors.show(e, null);
        }
    }

    /** Whether this user may change the grid: the institution's own users, while the month is open. */
    public boolean isEditable() {
        return actor.isInstitutionScoped() && grid != null && !grid.closed();
    }

    /**
     * The cell the grid's script sends (its admission and day): selected for the dialog if it is one of the grid's
     * editable cells; anything else (a stale or altered request) selects nothing.
     */
    public void selectCell() {
        Map<String, String> request = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (grid == null || !isEditable()) {
            return;
        }
        try {
            long admissionId = Long.parseLong(request.get("admission"));
            LocalDate day = LocalDate.parse(request.get("day"));
            for (BedDayRow row : grid.rows()) {
                if (row.admissionId() == admissionId) {
                    row.cells().stream().filter(c -> c.day().equals(day) && c.isEditable()).findFirst()
                            .ifPresent(cell -> select(row, cell));
                }
            }
        } catch (RuntimeException notACell) {
            // NumberFormatException, DateTimeParseException, a missing parameter: nothing is selected
        }
    }

    public void select(BedDayRow row, DayCell cell) {
        selectedRow = row;
        selectedDay = cell.day();
        reason = cell.reason() == null ? AbsenceReason.HOME_LEAVE : cell.reason();
        note = cell.note();
    }

    public void saveAbsent() {
        try {
            bedDays.markAbsent(actor, selectedRow.admissionId(), selectedDay, reason, note);
            errors.info("bedDay.savedAbsent", selectedRow.name(), selectedDay.toString(),
                    messages.get("absence." + reason));
            refresh();
        } catch (BusinessException e) {
            errors.show(e, "absenceForm");
        }
    }

    public void savePresent() {
        try {
            bedDays.markPresent(actor, selectedRow.admissionId(), selectedDay);
            errors.info("bedDay.savedPresent", selectedRow.name(), selectedDay.toString());
            refresh();
        } catch (BusinessException e) {
            errors.show(e, "absenceForm");
        }
    }

    public String getPreviousMonthValue() {
        return YearMonth.parse(month).minusMonths(1).toString();
    }

    public String getNextMonthValue() {
        return YearMonth.parse(month).plusMonths(1).toString();
    }

    /** The grid's rows as the page writes them ({@code ltc:bedDayRows}). */
    public List<BedDayRowView> getRowViews() {
        return rowViews;
    }

    public List<AbsenceReason> getReasons() {
        return List.of(AbsenceReason.values());
    }

    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public BedDayGrid getGrid() {
        return grid;
    }

    public BedDayRow getSelectedRow() {
        return selectedRow;
    }

    public LocalDate getSelectedDay() {
        return selectedDay;
    }

    public AbsenceReason getReason() {
        return reason;
    }

    public void setReason(AbsenceReason reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
