package org.ltcare.shared.audit;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the audit administrator looks for: days (both inclusive, in the bureau's time zone), a user, an object
 * type and id, an action. Blank criteria do not filter.
 */
public record AuditQuery(LocalDate from, LocalDate to, String username, String entityType, String entityId,
                         String action) implements Serializable {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null);
    }

    static boolean given(String criterion) {
        return criterion != null && !criterion.isBlank();
    }
}
