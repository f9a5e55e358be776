package org.ltcare.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ltcare.shared.model.Identified;

/** One audited change: who did what to which record, and the record before and after (JSON). Never updated. */
@Entity
@Table(name = "audit_log")
public class AuditEntry extends Identified {

    private Instant occurredAt;

    private String actorUsername;

    @Column(name = "actor_org_id")
    private Long actorOrganisationId;

    private String entityType;

    private String entityId;

    private String action;

    @Column(columnDefinition = "TEXT")
    private String beforeState;

    @Column(columnDefinition = "TEXT")
    private String afterState;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actorUsername, Long actorOrganisationId, String entityType,
               String entityId, String action, String beforeState, String afterState) {
        // Stored to the millisecond (DATETIME(3)); the chain hashes what is stored.
        this.occurredAt = occurredAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        this.actorUsername = actorUsername;
        this.actorOrganisationId = actorOrganisationId;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.beforeState = beforeState;
        this.afterState = afterState;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getBeforeState() {
        return beforeState;
    }

    public String getAfterState() {
        return afterState;
    }
}
