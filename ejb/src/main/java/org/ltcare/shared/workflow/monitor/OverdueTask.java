package org.ltcare.shared.workflow.monitor;

import java.time.Instant;

/** A user task past its due date, with the role (candidate group) that should take it. */
public record OverdueTask(String taskId, String step, String name, String processKey, String role, String assignee, Instant due) {

    /** The task's BPMN id, which names it in the bundles. */
    public String getStep() {
        return step;
    }

    public String getName() {
        return name;
    }

    public String getProcessKey() {
        return processKey;
    }

    public String getRole() {
        return role;
    }

    public String getAssignee() {
        return assignee;
    }

    public Instant getDue() {
        return due;
    }
}
