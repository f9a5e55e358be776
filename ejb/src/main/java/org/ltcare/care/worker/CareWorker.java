package org.ltcare.care.worker;

import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.ltcare.insured.IdNumber;
import org.ltcare.insured.IdNumberConverter;
import org.ltcare.shared.audit.AuditStates;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.audit.AuditedField;
import org.ltcare.shared.crypto.EncryptedStringConverter;
import org.ltcare.shared.model.Stamp;
import org.ltcare.shared.model.Versioned;

/** A care worker of one institution; home visits name one. Deactivated, not deleted, when they leave. */
@Entity
@Table(name = "care_worker")
public class CareWorker extends Versioned implements Auditable {

    @AuditedField
    private long institutionId;

    @AuditedField
    private String name;

    /** Encrypted at rest; found through {@link #idNumberIndex}. */
    @Convert(converter = IdNumberConverter.class)
    @AuditedField
    private IdNumber idNumber;

    private String idNumberIndex;

    @AuditedField
    private String qualification;

    @Convert(converter = EncryptedStringConverter.class)
    @AuditedField
    private String phone;

    @AuditedField
    private boolean active = true;

    @Embedded
    private Stamp created;

    protected CareWorker() {
    }

    CareWorker(long institutionId, CareWorkerForm checked, String createdBy, Instant createdAt) {
        this.institutionId = institutionId;
        this.idNumber = IdNumber.parse(checked.idNumber());
        apply(checked);
        this.created = Stamp.of(createdBy, createdAt);
    }

    /** The blind index, written with the row (the ID number never changes). */
    @PrePersist
    void indexIdNumber() {
        idNumberIndex = IdNumberConverter.index(idNumber);
    }

    /** Name, qualification and phone change; the ID number identifies the worker and does not. */
    void apply(CareWorkerForm checked) {
        this.name = checked.name();
        this.qualification = checked.qualification();
        this.phone = checked.phone();
    }

    void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public String auditType() {
        return "CareWorker";
    }

    @Override
    public Map<String, Object> auditState() {
        return AuditStates.of(this);
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public String getName() {
        return name;
    }

    public IdNumber getIdNumber() {
        return idNumber;
    }

    public String getQualification() {
        return qualification;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isActive() {
        return active;
    }
}
