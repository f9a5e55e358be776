package org.ltcare.shared.workflow.monitor;

import java.io.Serializable;

/** Running instances of a process waiting at one step (all versions of the model), with their failed jobs. */
public record ProcessStep(String processKey, String processName, String activityId, String activityName,
                          long instances, long failedJobs, long incidents) implements Serializable {
}
