package org.ltcare.care.worker;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ltcare.insured.IdNumber;
import org.ltcare.insured.IdNumberConverter;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.crypto.EncryptedStringConverter;
import org.ltcare.shared.model.Stamp;

/** A care worker of one institution; home visits name one. Deactivated, not deleted, when they leave. */
@Entity
@Table(name = "care_worker")
public class CareWorker implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Column(nullable = false, length = CareWorkerForm.NAME_LENGTH)
    private String name;

    /** Encrypted at rest; found through {@link #idNumberIndex}. */
    @Convert(converter = IdNumberConverter.class)
    @Column(name = "id_number", nullable = false, length = 255)
    private IdNumber idNumber;

    @Column(name = "id_number_index", length = 64)
    private String idNumberIndex;

    @Column(nullable = false, length = CareWorkerForm.QUALIFICATION_LENGTH)
    private String qualification;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(length = 255)
    private String phone;

    @Column(nullable = false)
    private boolean active = true;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "created_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "created_at"))
    private Stamp created;

    @Version
    private long version;

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
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("institutionId", institutionId);
        state.put("name", name);
        state.put("idNumber", idNumber.masked());
        state.put("qualification", qualification);
        state.put("phone", phone);
        state.put("active", active);
        return state;
    }

    public Long getId() {
        return id;
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
