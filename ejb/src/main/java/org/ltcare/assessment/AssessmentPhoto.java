package org.ltcare.assessment;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.model.Stamp;

/** A photo the assessors took on site (the person's condition, aids, living space), kept with the round. */
@Entity
@Table(name = "assessment_photo")
public class AssessmentPhoto implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "assessment_id", nullable = false)
    private long assessmentId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Lob
    @Column(nullable = false)
    private byte[] content;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "uploaded_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "uploaded_at"))
    private Stamp uploaded;

    protected AssessmentPhoto() {
    }

    AssessmentPhoto(long assessmentId, String fileName, String contentType, byte[] content, String uploadedBy,
                    Instant uploadedAt) {
        this.assessmentId = assessmentId;
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.uploaded = Stamp.of(uploadedBy, uploadedAt);
    }

    @Override
    public String auditType() {
        return "AssessmentPhoto";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("assessmentId", assessmentId);
        state.put("fileName", fileName);
        state.put("contentType", contentType);
        state.put("sizeBytes", sizeBytes);
        return state;
    }

    public Long getId() {
        return id;
    }

    public long getAssessmentId() {
        return assessmentId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Stamp getUploaded() {
        return uploaded;
    }
}
