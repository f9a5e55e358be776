package org.ltcare.shared.calendar;

import java.time.LocalDate;
import java.util.Map;
import org.ltcare.shared.audit.Auditable;

/** What is left of a removed day for the audit trail: its identity, and no state after the change. */
record RemovedCalendarDay(LocalDate day) implements Auditable {

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
        return null;
    }
}
