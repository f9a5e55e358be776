package org.ltcare.shared.calendar;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.ltcare.shared.audit.AuditStates;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.audit.AuditedField;

/**
 * A day that departs from the weekly pattern (an exception to the calendar, not a Java exception): a statutory
 * holiday, or a weekend day worked to make up for one. Its rules are {@link CalendarChecks#day}.
 */
@Entity
@Table(name = "calendar_exception")
public class CalendarException implements Serializable, Auditable {

    @Id
    @AuditedField
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private DayKind kind;

    @AuditedField
    private String name;

    protected CalendarException() {
    }

    public CalendarException(LocalDate day, DayKind kind, String name) {
        CalendarChecks.requireValidDay(day, kind, name);
        this.day = day;
        this.kind = kind;
        this.name = name.strip();
    }

    public void change(DayKind newKind, String newName) {
        CalendarChecks.requireValidDay(day, newKind, newName);
        this.kind = newKind;
        this.name = newName.strip();
    }

    public LocalDate getDay() {
        return day;
    }

    public DayKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    @Override
    public String auditType() {
        return "CalendarException";
    }

    @Override
    public String auditId() {
        return day.toString();
    }

    @Override
    public Map<String, Object> auditState() {
        return AuditStates.of(this);
    }
}
