package org.ltcare.institution.contracting;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.model.Stamp;

/** A document handed in with a contracting application, filed under a checklist item. */
@Entity
@Table(name = "contracting_document")
public class ContractingDocument implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ChecklistItem item;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 50)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "uploaded_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "uploaded_at"))
    private Stamp uploaded;

    protected ContractingDocument() {
    }

    ContractingDocument(long applicationId, ChecklistItem item, DocumentFile file, String contentType,
                        String uploadedBy, Instant uploadedAt) {
        this.applicationId = applicationId;
        this.item = item;
        this.fileName = file.fileName();
        this.contentType = contentType;
        this.sizeBytes = file.content().length;
        this.content = file.content();
        this.uploaded = Stamp.of(uploadedBy, uploadedAt);
    }

    @Override
    public String auditType() {
        return "ContractingDocument";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("applicationId", applicationId);
        state.put("item", item.name());
        state.put("fileName", fileName);
        state.put("sizeBytes", sizeBytes);
        return state;
    }

    public Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public ChecklistItem getItem() {
        return item;
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
        return content;
    }

    public Stamp getUploaded() {
        return uploaded;
    }
}
