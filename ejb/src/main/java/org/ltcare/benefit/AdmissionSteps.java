package org.ltcare.benefit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.ltcare.assessment.CaseStepSource;
import org.ltcare.shared.audit.AuditEntry;
import org.ltcare.shared.audit.AuditLog;

/** The case timeline's admission steps: requests, admissions, refusals, changes and ends, as audited. */
@ApplicationScoped
public class AdmissionSteps implements CaseStepSource {

    @Inject
    private AdmissionRepository admissions;

    @Inject
    private AuditLog audit;

    @Override
    public List<AuditEntry> entriesOf(long applicationId) {
        List<AuditEntry> entries = new ArrayList<>();
        admissions.ofApplication(applicationId).forEach(a -> entries.addAll(audit.history(a.auditType(), a.auditId())));
        return entries;
    }
}
