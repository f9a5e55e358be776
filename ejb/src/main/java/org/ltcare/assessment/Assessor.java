package org.ltcare.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;
import org.ltcare.shared.model.Identified;

/**
 * A disability assessor (评估员) of an assessment agency: the pool dispatch draws from. Linked to the user
 * account the assessor logs in with, when there is one.
 */
@Entity
@Table(name = "assessor")
public class Assessor extends Identified {

    private long organisationId;

    private Long userId;

    private String name;

    private boolean active = true;

    protected Assessor() {
    }

    public Assessor(long organisationId, Long userId, String name) {
        this.organisationId = organisationId;
        this.userId = userId;
        this.name = Objects.requireNonNull(name, "name");
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public Long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }
}
