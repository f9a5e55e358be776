package org.ltcare.shared.calendar;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import org.ltcare.shared.audit.AuditStates;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.audit.AuditedField;
import org.ltcare.shared.model.Stamp;

/**
 * A year whose statutory holiday arrangement has been entered, with the notice it was taken from. Working days
 * are counted only inside such years. Who changed the year or one of its days last is kept on the row.
 */
@Entity
@Table(name = "calendar_year")
public class CalendarYear implements Serializable, Auditable {

    public static final int FIRST = 2000;
    public static final int LAST = 2100;
    public static final int SOURCE_LENGTH = 200;

    @Id
    @AuditedField
    private int year;

    @AuditedField
    private String source;

    @Embedded
    private Stamp updated;

    protected CalendarYear() {
    }

    public CalendarYear(int year, String source, String username, Instant at) {
        if (year < FIRST || year > LAST) {
            throw new IllegalArgumentException("calendar year out of range: " + year);
        }
        if (source == null || source.isBlank() || source.length() > SOURCE_LENGTH) {
            throw new IllegalArgumentException("a calendar year needs its source notice");
        }
        this.year = year;
        this.source = source;
        changedBy(username, at);
    }

    /** One of the year's days was added, changed or removed. */
    public void changedBy(String username, Instant at) {
        this.updated = Stamp.of(username, at);
    }

    public int getYear() {
        return year;
    }

    public String getSource() {
        return source;
    }

    public Stamp getUpdated() {
        return updated;
    }

    @Override
    public String auditType() {
        return "CalendarYear";
    }

    @Override
    public String auditId() {
        return String.valueOf(year);
    }

    @Override
    public Map<String, Object> auditState() {
        return AuditStates.of(this);
    }
}
