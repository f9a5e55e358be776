package org.ltcare.assessment;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.ltcare.shared.audit.AuditStates;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.audit.AuditedField;
import org.ltcare.shared.model.Identified;
import org.ltcare.shared.model.Stamp;

/** Part of an assessor's profile: a care institution the assessor works for or is otherwise linked to. */
@Entity
@Table(name = "assessor_relation")
public class AssessorRelation extends Identified implements Auditable {

    @AuditedField
    private long assessorId;

    @AuditedField
    private long institutionId;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private RelationKind kind;

    @AuditedField
    private String note;

    @Embedded
    private Stamp recorded;

    protected AssessorRelation() {
    }

    public AssessorRelation(long assessorId, long institutionId, RelationKind kind, String note, String recordedBy,
                            Instant recordedAt) {
        this.assessorId = assessorId;
        this.institutionId = institutionId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.note = note;
        this.recorded = Stamp.of(Objects.requireNonNull(recordedBy, "recordedBy"),
                Objects.requireNonNull(recordedAt, "recordedAt"));
    }

    @Override
    public String auditType() {
        return "AssessorRelation";
    }

    @Override
    public Map<String, Object> auditState() {
        return AuditStates.of(this);
    }

    public long getAssessorId() {
        return assessorId;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public RelationKind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }
}
