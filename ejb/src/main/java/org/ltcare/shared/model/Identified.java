package org.ltcare.shared.model;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;

/**
 * An entity with a generated id: the pooled table generator of orm.xml ({@code ids}), which MySQL and MariaDB both
 * have and which keeps JDBC batching possible. Null until persisted.
 */
@MappedSuperclass
public abstract class Identified implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    public Long getId() {
        return id;
    }

    /** How the audit trail names the object (for the auditable ones): its id. */
    public String auditId() {
        return String.valueOf(id);
    }
}
