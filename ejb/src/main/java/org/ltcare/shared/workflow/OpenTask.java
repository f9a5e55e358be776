package org.ltcare.shared.workflow;

import java.util.Date;

/**
 * A user task waiting for the acting user, as the home page lists it. (Bean getters, not record
 * accessors: Jakarta EL 5 in Faces 4.0 does not read record components.)
 */
public final class OpenTask implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String name;
    private final String taskKey;
    private final String processKey;
    private final String businessKey;
    private final String subject;
    private final Date created;
    private final Date due;

    public OpenTask(String id, String name, String taskKey, String processKey, String businessKey, String subject,
                    Date created, Date due) {
        this.id = id;
        this.name = name;
        this.taskKey = taskKey;
        this.processKey = processKey;
        this.businessKey = businessKey;
        this.subject = subject;
        this.created = created;
        this.due = due;
    }

    public boolean isOverdue(Date now) {
        return due != null && due.before(now);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTaskKey() {
        return taskKey;
    }

    public String getProcessKey() {
        return processKey;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public String getSubject() {
        return subject;
    }

    public Date getCreated() {
        return created;
    }

    public Date getDue() {
        return due;
    }
}
