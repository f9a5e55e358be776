package org.ltcare.web.apply;

import java.io.Serializable;
import org.ltcare.assessment.MaterialKind;
import org.ltcare.assessment.NewMaterial;
import org.ltcare.shared.files.UploadRule;
import org.primefaces.model.file.UploadedFile;

/**
 * One line of the materials checklist: the paper document was checked at the counter, a file was attached, or
 * both (the file is then filed). A new upload waits here until the wizard has checked it.
 */
public class MaterialItem implements Serializable {

    private static final long serialVersionUID = 1L;

    private final MaterialKind kind;
    private boolean seenOnPaper;
    private String fileName;
    private byte[] content;
    private transient UploadedFile upload;

    MaterialItem(MaterialKind kind) {
        this.kind = kind;
    }

    public MaterialKind getKind() {
        return kind;
    }

    public boolean isSeenOnPaper() {
        return seenOnPaper;
    }

    public void setSeenOnPaper(boolean seenOnPaper) {
        this.seenOnPaper = seenOnPaper;
    }

    public boolean isFileAttached() {
        return content != null;
    }

    public boolean isProvided() {
        return seenOnPaper || content != null;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFileSizeText() {
        return content == null ? "" : UploadRule.sizeText(content.length);
    }

    /** The file input of the page: always empty when rendered, a new file when one was chosen. */
    public UploadedFile getUpload() {
        return null;
    }

    public void setUpload(UploadedFile upload) {
        if (upload != null && upload.getSize() > 0) {
            this.upload = upload;
        }
    }

    UploadedFile takeUpload() {
        UploadedFile taken = upload;
        upload = null;
        return taken;
    }

    void attach(String fileName, byte[] content) {
        this.fileName = fileName;
        this.content = content;
    }

    void detach() {
        fileName = null;
        content = null;
    }

    /** What is filed for this line, or null if nothing was provided. */
    NewMaterial toNewMaterial() {
        if (content != null) {
            return new NewMaterial(kind, fileName, content);
        }
        return seenOnPaper ? NewMaterial.seenOnPaper(kind) : null;
    }
}
