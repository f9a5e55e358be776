package org.ltcare.shared.workflow.monitor;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ltcare.shared.audit.Auditable;

/** What the audit trail keeps of a retried job: which, where, and how the retry ended. */
record JobRetry(String jobId, String processInstanceId, String outcome) implements Auditable {

    @Override
    public String auditType() {
        return "Job";
    }

    @Override
    public String auditId() {
        return jobId;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("processInstanceId", processInstanceId);
        state.put("outcome", outcome);
        return state;
    }
}
