package org.ltcare.shared.workflow.monitor;

import java.io.Serializable;
import java.time.Instant;

/**
 * A job of the engine that failed (a timer or an asynchronous step): its error, the retries left (0: an incident
 * waits for someone to retry it), where it is and the business key of its case.
 */
public record FailedJob(String jobId, String processKey, String activityId, String processInstanceId,
                        String businessKey, int retries, String error, Instant dueAt) implements Serializable {
}
