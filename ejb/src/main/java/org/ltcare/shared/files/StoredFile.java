package org.ltcare.shared.files;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import org.ltcare.shared.audit.AuditedField;

/**
 * What is kept of an uploaded file beside its bytes: its name, the type recognised from its content and its size, in
 * the columns {@code file_name}, {@code content_type} and {@code size_bytes} of every table that stores files. Made
 * only by {@link #accepted}, so that every upload passes its {@link UploadRule} the same way. The entity keeps the
 * bytes themselves in its own (lazily loaded) column.
 */
@Embeddable
public class StoredFile implements Serializable {

    /** The longest name kept: longer ones keep their end, where the extension is. */
    public static final int NAME_MAX = 200;

    @Column(name = "file_name")
    @AuditedField
    private String fileName;

    @Column(name = "content_type")
    @AuditedField
    private String contentType;

    @Column(name = "size_bytes")
    @AuditedField
    private long sizeBytes;

    protected StoredFile() {
        // for JPA
    }

    private StoredFile(String fileName, String contentType, long sizeBytes) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
    }

    /**
     * A file {@code rule} accepts: its name without any path a browser sent, the type its content is.
     *
     * @throws org.ltcare.shared.ValidationException as an error of {@code field} when the file is empty, too large
     *         or not of an accepted type
     */
    public static StoredFile accepted(UploadRule rule, String field, String fileName, byte[] content) {
        FileType type = rule.check(field, fileName, content);
        return new StoredFile(baseName(fileName), type.mediaType(), content.length);
    }

    /** The name without the folders some browsers send, its last {@link #NAME_MAX} characters. */
    public static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).trim();
        return name.length() > NAME_MAX ? name.substring(name.length() - NAME_MAX) : name;
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
}
