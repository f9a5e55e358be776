package org.ltcare.assessment;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.model.Stamp;

/** Part of an assessor's profile: a care institution the assessor works for or is otherwise linked to. */
@Entity
@Table(name = "assessor_relation")
public class AssessorRelation implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "assessor_id", nullable = false)
    private long assessorId;

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RelationKind kind;

    @Column(length = 200)
    private String note;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "recorded_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "recorded_at"))
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
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("assessorId", assessorId);
        state.put("institutionId", institutionId);
        state.put("kind", kind.name());
        state.put("note", note);
        return state;
    }

    public Long getId() {
        return id;
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
