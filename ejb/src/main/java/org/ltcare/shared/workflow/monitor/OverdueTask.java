package org.ltcare.shared.workflow.monitor;

import java.io.Serializable;
import java.time.Instant;

/** A user task past its due date, with the role (candidate group) that should take it. */
public record OverdueTask(String taskId, String step, String name, String processKey, String role, String assignee, Instant due)
        implements Serializable {
}
