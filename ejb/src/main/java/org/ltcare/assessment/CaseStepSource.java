package org.ltcare.assessment;

import java.util.List;
import org.ltcare.shared.audit.AuditEntry;

/**
 * Audited steps of a case kept by another capability (e.g. care assignment's admissions), for the case timeline.
 * Implementations are CDI beans; the timeline asks all of them.
 */
public interface CaseStepSource {

    List<AuditEntry> entriesOf(long applicationId);
}
