package org.ltcare.web.admin;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.calendar.DeadlineExplanation;
import org.ltcare.shared.calendar.WorkingDayCalendar;
import org.ltcare.web.i18n.FacesErrors;
import org.ltcare.web.i18n.Messages;

/**
 * The calendar screen's check: is a date a working day, and which date is N working days later. It asks the
 * same {@link WorkingDayCalendar} the case work uses, so a missing year shows the error the case work would meet.
 */
@Dependent
public class WorkingDayTool implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_DAYS = 366;

    @Inject
    private WorkingDayCalendar calendar;

    @Inject
    private Messages messages;

    @Inject
    private FacesErrors errors;

    private LocalDate date;
    private Integer days;
    private String answer;
    private List<String> how = List.of();

    public void check() {
        answer = null;
        how = List.of();
        if (date == null) {
            refuse("calendar.tool.dateRequired");
            return;
        }
        try {
            boolean working = calendar.isWorkingDay(date);
            answer = messages.format(working ? "calendar.tool.isWorkingDay" : "calendar.tool.isNotWorkingDay",
                    date, weekday(date));
        } catch (BusinessException e) {
            errors.show(e, null);
        }
    }

    public void add() {
        answer = null;
        how = List.of();
        if (date == null) {
            refuse("calendar.tool.dateRequired");
            return;
        }
        if (days == null || days < 0 || days > MAX_DAYS) {
            refuse("calendar.tool.daysRange", MAX_DAYS);
            return;
        }
        try {
            DeadlineExplanation counted = calendar.explain(date, days);
            answer = messages.format("calendar.tool.added", date, days, counted.due(), weekday(counted.due()));
            how = counted.steps(Messages.currentLocale());
        } catch (BusinessException e) {
            errors.show(e, null);
        }
    }

    private void refuse(String key, Object... arguments) {
        errors.show(new BusinessException(key, arguments), null);
    }

    private String weekday(LocalDate day) {
        return messages.get("calendar.weekday." + day.getDayOfWeek());
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    /** How the added date was counted: holidays and make-up days passed, years read. */
    public List<String> getHow() {
        return how;
    }

    public String getAnswer() {
        return answer;
    }
}
