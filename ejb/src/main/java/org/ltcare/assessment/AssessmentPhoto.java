package org.ltcare.assessment;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.ltcare.shared.audit.AuditStates;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.audit.AuditedField;
import org.ltcare.shared.files.StoredFile;
import org.ltcare.shared.model.Identified;
import org.ltcare.shared.model.Stamp;

/** A photo the assessors took on site (the person's condition, aids, living space), kept with the round. */
@Entity
@Table(name = "assessment_photo")
public class AssessmentPhoto extends Identified implements Auditable {

    @AuditedField
    private long assessmentId;

    @Embedded
    @AuditedField
    private StoredFile file;

    @Lob
    private byte[] content;

    @Embedded
    private Stamp uploaded;

    protected AssessmentPhoto() {
    }

    AssessmentPhoto(long assessmentId, StoredFile file, byte[] content, String uploadedBy, Instant uploadedAt) {
        this.assessmentId = assessmentId;
        this.file = Objects.requireNonNull(file, "file");
        this.content = content.clone();
        this.uploaded = Stamp.of(uploadedBy, uploadedAt);
    }

    @Override
    public String auditType() {
        return "AssessmentPhoto";
    }

    @Override
    public Map<String, Object> auditState() {
        return AuditStates.of(this);
    }

    public long getAssessmentId() {
        return assessmentId;
    }

    public StoredFile getFile() {
        return file;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Stamp getUploaded() {
        return uploaded;
    }
}
