package org.ltcare.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A disability assessor (评估员) of an assessment agency: the pool dispatch draws from. Linked to the user
 * account the assessor logs in with, when there is one.
 */
@Entity
@Table(name = "assessor")
public class Assessor {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "user_id")
    private Long userId;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    protected Assessor() {
    }

    public Assessor(long organisationId, Long userId, String name) {
        this.organisationId = organisationId;
        this.userId = userId;
        this.name = Objects.requireNonNull(name, "name");
    }

    public Long getId() {
        return id;
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
