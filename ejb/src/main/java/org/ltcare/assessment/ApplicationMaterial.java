package org.ltcare.assessment;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.ltcare.shared.files.FileType;
import org.ltcare.shared.files.UploadRule;

/** One item of the materials checklist, with the uploaded file if there is one. */
@Entity
@Table(name = "application_material")
public class ApplicationMaterial {

    /** Uploads above this are refused: scans of a few pages fit easily. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** A scan or a photo of the paper, recognised by its content. */
    public static final UploadRule FILES = UploadRule.of(MAX_BYTES, FileType.PDF, FileType.JPEG, FileType.PNG);

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private AssessmentApplication application;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private MaterialKind kind;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "content_type", length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "LONGBLOB")
    private byte[] content;

    @Column(nullable = false)
    private boolean provided;

    protected ApplicationMaterial() {
    }

    ApplicationMaterial(AssessmentApplication application, NewMaterial material) {
        this.application = application;
        this.kind = material.kind();
        this.provided = true;
        if (material.content() != null) {
            this.contentType = FILES.check(fieldOf(material.kind()), material.fileName(), material.content())
                    .mediaType();
            this.fileName = material.fileName();
            this.content = material.content();
            this.sizeBytes = material.content().length;
        }
    }

    /** The form field of a checklist item's file, for its errors. */
    public static String fieldOf(MaterialKind kind) {
        return "materials." + kind.name();
    }

    public Long getId() {
        return id;
    }

    public MaterialKind getKind() {
        return kind;
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

    public boolean isProvided() {
        return provided;
    }
}
