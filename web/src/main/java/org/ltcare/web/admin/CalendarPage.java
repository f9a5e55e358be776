package org.ltcare.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.calendar.CalendarService;
import org.ltcare.shared.calendar.CalendarYearSummary;
import org.ltcare.shared.calendar.DayKind;
import org.ltcare.shared.time.ClockProducer;
import org.ltcare.web.Page;
import org.ltcare.web.i18n.Formats;
import org.ltcare.web.i18n.Messages;

/**
 * 节假日日历: the years entered with their notice, the holidays and make-up working days of the chosen year,
 * adding a year, adding or changing a day, removing one, and a working-day check ({@link WorkingDayTool}).
 */
@Named
@ViewScoped
public class CalendarPage extends Page {

    static final String DAY_FORM = "dayForm";
    static final String YEAR_FORM = "yearForm";

    @Inject
    private CalendarService calendar;

    @Inject
    private WorkingDayTool tool;

    @Inject
    private Messages messages;

    @Inject
    private Formats formats;

    private List<CalendarYearSummary> years = List.of();
    private Integer year;
    private List<CalendarDayRow> days = List.of();

    private LocalDate day;
    private DayKind kind;
    private String name;

    private Integer newYear;
    private String newYearSource;

    /** Opens on the current year when it is entered, otherwise on the latest one. */
    public void load() {
        refreshYears();
        if (year == null && !years.isEmpty()) {
            int current = LocalDate.now(ClockProducer.ZONE).getYear();
            year = years.stream().anyMatch(y -> y.year() == current) ? current : years.get(years.size() - 1).year();
        }
        showYear();
    }

    public void showYear() {
        try {
            days = year == null ? List.of() : calendar.exceptions(actor, year).stream().map(CalendarDayRow::of).toList();
        } catch (BusinessException e) {
            errors.show(e, null);
        }
    }

    public void saveDay() {
        try {
            calendar.saveDay(actor, day, kind, name);
            errors.info("calendar.daySaved", day);
            year = day.getYear();
            day = null;
            kind = null;
            name = null;
            load();
        } catch (BusinessException e) {
            errors.show(e, DAY_FORM);
        }
    }

    /** Puts a listed day into the day form, to change its kind or name. */
    public void edit(CalendarDayRow row) {
        day = row.day();
        kind = row.kind();
        name = row.name();
    }

    public void remove(LocalDate listed) {
        try {
            calendar.removeDay(actor, listed);
            errors.info("calendar.dayRemoved", listed);
            load();
        } catch (BusinessException e) {
            errors.show(e, null);
        }
    }

    public void addYear() {
        try {
            calendar.addYear(actor, newYear, newYearSource);
            errors.info("calendar.yearAdded", String.valueOf(newYear));
            year = newYear;
            newYear = null;
            newYearSource = null;
            load();
        } catch (BusinessException e) {
            errors.show(e, YEAR_FORM);
        }
    }

    public String yearLabel(CalendarYearSummary summary) {
        return messages.format("calendar.yearOption", String.valueOf(summary.year()), summary.exceptionCount());
    }

    /** The chosen year as listed, for its source and last change; null when nothing is chosen. */
    public CalendarYearSummary getSelected() {
        return years.stream().filter(y -> year != null && y.year() == year).findFirst().orElse(null);
    }

    /** Who changed the chosen year last, and when; a dash for a year as shipped. */
    public String getLastChange() {
        CalendarYearSummary selected = getSelected();
        if (selected == null || selected.updatedBy() == null) {
            return "—";
        }
        return selected.updatedBy() + " · " + formats.dateTime(selected.updatedAt());
    }

    public String weekday(LocalDate listed) {
        return messages.get("calendar.weekday." + listed.getDayOfWeek());
    }

    public List<DayKind> getKinds() {
        return List.of(DayKind.values());
    }

    private void refreshYears() {
        try {
            years = calendar.years(actor);
        } catch (BusinessException e) {
            errors.show(e, null);
        }
    }

    public WorkingDayTool getTool() {
        return tool;
    }

    public List<CalendarYearSummary> getYears() {
        return years;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<CalendarDayRow> getDays() {
        return days;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public DayKind getKind() {
        return kind;
    }

    public void setKind(DayKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getNewYear() {
        return newYear;
    }

    public void setNewYear(Integer newYear) {
        this.newYear = newYear;
    }

    public String getNewYearSource() {
        return newYearSource;
    }

    public void setNewYearSource(String newYearSource) {
        this.newYearSource = newYearSource;
    }
}
