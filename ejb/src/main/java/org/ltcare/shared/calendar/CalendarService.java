package org.ltcare.shared.calendar;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.model.Stamp;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;

/**
 * Bureau administrators maintain the statutory calendar: the years entered (each with its notice) and their
 * holidays and make-up working days. Every change is audited, and a day can only be entered for a year that
 * exists, so a year is either complete or visibly absent.
 */
@Stateless
public class CalendarService {

    @Inject
    private CalendarRepository calendar;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public List<CalendarYearSummary> years(Actor actor) {
        requireAdmin(actor);
        Map<Integer, Long> counts = calendar.exceptionCounts();
        return calendar.years().stream()
                .map(y -> new CalendarYearSummary(y.getYear(), y.getSource(), Stamp.byOf(y.getUpdated()), Stamp.atOf(y.getUpdated()),
                        counts.getOrDefault(y.getYear(), 0L)))
                .toList();
    }

    public List<CalendarException> exceptions(Actor actor, int year) {
        requireAdmin(actor);
        return calendar.exceptionsOf(year);
    }

    public CalendarYear addYear(Actor actor, Integer year, String source) {
        requireAdmin(actor);
        List<FieldError> errors = CalendarChecks.year(year, source);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (calendar.findYear(year).isPresent()) {
            throw new BusinessException("calendar.yearExists", String.valueOf(year));
        }
        CalendarYear added = new CalendarYear(year, source.strip(), actor.username(), clock.instant());
        calendar.save(added);
        audit.record(actor, "ADD", null, added);
        return added;
    }

    /** Adds the day, or changes its kind and name if it is already listed. */
    public CalendarException saveDay(Actor actor, LocalDate day, DayKind kind, String name) {
        requireAdmin(actor);
        CalendarChecks.requireValidDay(day, kind, name);
        CalendarYear year = yearOf(day);
        CalendarException saved;
        var existing = calendar.findDay(day);
        if (existing.isPresent()) {
            saved = existing.get();
            Map<String, Object> before = saved.auditState();
            saved.change(kind, name);
            audit.record(actor, "CHANGE", before, saved);
        } else {
            saved = new CalendarException(day, kind, name);
            calendar.save(saved);
            audit.record(actor, "ADD", null, saved);
        }
        year.changedBy(actor.username(), clock.instant());
        return saved;
    }

    public void removeDay(Actor actor, LocalDate day) {
        requireAdmin(actor);
        CalendarException removed = calendar.findDay(day)
                .orElseThrow(() -> new NotFoundException("CalendarException", day));
        Map<String, Object> before = removed.auditState();
        calendar.remove(removed);
        audit.record(actor, "REMOVE", before, new RemovedCalendarDay(day));
        // Every listed day lies in an entered year (V8 entered 2025 for the days V6 shipped), so this finds it.
        calendar.findYear(day.getYear()).ifPresent(y -> y.changedBy(actor.username(), clock.instant()));
    }

    private CalendarYear yearOf(LocalDate day) {
        return calendar.findYear(day.getYear())
                .orElseThrow(() -> new BusinessException("calendar.dayYearNotEntered",
                        String.valueOf(day.getYear())));
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.has(Role.SYSTEM_ADMIN)) {
            throw new AccessDeniedException("calendar.maintain");
        }
    }
}
