package org.ltcare.shared.workflow;

import java.io.Serializable;
import java.util.Date;
import org.ltcare.shared.calendar.DeadlineExplanation;

/**
 * A user task waiting for the acting user, as the home page lists it; {@code dueHow} says how its due date was
 * counted (null where the process did not keep it).
 */
public record OpenTask(String id, String name, String taskKey, String processKey, String businessKey, String subject,
                       Date created, Date due, DeadlineExplanation dueHow) implements Serializable {

    public boolean isOverdue(Date now) {
        return due != null && due.before(now);
    }
}
