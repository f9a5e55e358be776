package org.ltcare.shared.audit;

import java.util.Map;

/** An aggregate whose changes are audited describes its audited state as a flat map (written as JSON). */
public interface Auditable {

    String auditType();

    String auditId();

    Map<String, Object> auditState();
}
