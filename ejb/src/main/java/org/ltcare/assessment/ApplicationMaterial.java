package org.ltcare.assessment;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.ltcare.shared.files.FileType;
import org.ltcare.shared.files.StoredFile;
import org.ltcare.shared.files.UploadRule;
import org.ltcare.shared.model.Identified;

/** One item of the materials checklist, with the uploaded file if there is one. */
@Entity
@Table(name = "application_material")
public class ApplicationMaterial extends Identified {

    /** Uploads above this are refused: scans of a few pages fit easily. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** A scan or a photo of the paper, recognised by its content. */
    public static final UploadRule FILES = UploadRule.of(MAX_BYTES, FileType.PDF, FileType.JPEG, FileType.PNG);

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private AssessmentApplication application;

    @Enumerated(EnumType.STRING)
    private MaterialKind kind;

    @Embedded
    private StoredFile file;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "LONGBLOB")
    private byte[] content;

    private boolean provided;

    protected ApplicationMaterial() {
    }

    ApplicationMaterial(AssessmentApplication application, NewMaterial material) {
        this.application = application;
        this.kind = material.kind();
        this.provided = true;
        if (material.content() != null) {
            this.file = StoredFile.accepted(FILES, fieldOf(material.kind()), material.fileName(), material.content());
            this.content = material.content();
        }
    }

    /** The form field of a checklist item's file, for its errors. */
    public static String fieldOf(MaterialKind kind) {
        return "materials." + kind.name();
    }

    public MaterialKind getKind() {
        return kind;
    }

    /** The file handed in; null when the item was provided on paper or is still missing. */
    public StoredFile getFile() {
        return file;
    }

    public String getFileName() {
        return file == null ? null : file.getFileName();
    }

    public byte[] getContent() {
        return content;
    }

    public boolean isProvided() {
        return provided;
    }
}
