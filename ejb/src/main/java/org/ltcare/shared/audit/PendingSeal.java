package org.ltcare.shared.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/** An audit entry written in this transaction and not yet sealed into the chain ({@link AuditChain}). */
@Entity
@Table(name = "audit_pending")
class PendingSeal implements Serializable {

    @Id
    private Long entryId;

    protected PendingSeal() {
    }

    PendingSeal(Long entryId) {
        this.entryId = entryId;
    }
}
