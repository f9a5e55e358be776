package org.ltcare.shared.workflow;

import java.io.Serializable;
import java.util.Date;

/** A user task waiting for the acting user, as the home page lists it. */
public record OpenTask(String id, String name, String taskKey, String processKey, String businessKey, String subject,
                       Date created, Date due) implements Serializable {

    public boolean isOverdue(Date now) {
        return due != null && due.before(now);
    }
}
