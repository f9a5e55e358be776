package org.ltcare.institution.contracting;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.ltcare.shared.audit.AuditStates;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.audit.AuditedField;
import org.ltcare.shared.files.StoredFile;
import org.ltcare.shared.model.Identified;
import org.ltcare.shared.model.Stamp;

/** A document handed in with a contracting application, filed under a checklist item. */
@Entity
@Table(name = "contracting_document")
public class ContractingDocument extends Identified implements Auditable {

    @AuditedField
    private long applicationId;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private ChecklistItem item;

    @Embedded
    @AuditedField
    private StoredFile file;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "LONGBLOB")
    private byte[] content;

    @Embedded
    private Stamp uploaded;

    protected ContractingDocument() {
    }

    ContractingDocument(long applicationId, ChecklistItem item, StoredFile file, byte[] content, String uploadedBy,
                        Instant uploadedAt) {
        this.applicationId = applicationId;
        this.item = item;
        this.file = file;
        this.content = content;
        this.uploaded = Stamp.of(uploadedBy, uploadedAt);
    }

    @Override
    public String auditType() {
        return "ContractingDocument";
    }

    @Override
    public Map<String, Object> auditState() {
        return AuditStates.of(this);
    }

    public long getApplicationId() {
        return applicationId;
    }

    public ChecklistItem getItem() {
        return item;
    }

    public StoredFile getFile() {
        return file;
    }

    public String getFileName() {
        return file.getFileName();
    }

    public byte[] getContent() {
        return content;
    }

    public Stamp getUploaded() {
        return uploaded;
    }
}
