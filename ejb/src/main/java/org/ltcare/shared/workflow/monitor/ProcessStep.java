package org.ltcare.shared.workflow.monitor;

/** Running instances of a process waiting at one step (all versions of the model), with their failed jobs. */
public record ProcessStep(String processKey, String processName, String activityId, String activityName,
                          long instances, long failedJobs, long incidents) {

    public String getProcessKey() {
        return processKey;
    }

    public String getProcessName() {
        return processName;
    }

    public String getActivityName() {
        return activityName;
    }

    public long getInstances() {
        return instances;
    }

    public long getFailedJobs() {
        return failedJobs;
    }

    public long getIncidents() {
        return incidents;
    }
}
