package org.ltcare.institution.contracting;

import java.util.List;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.files.FileType;
import org.ltcare.shared.files.StoredFile;
import org.ltcare.shared.files.UploadRule;

/**
 * A file handed in for the document review: a PDF scan or a photo (JPEG, PNG) of at most 10 MB, recognised by its
 * content, so that a renamed file of another kind is refused and each file is filed as what it is.
 */
public record DocumentFile(String fileName, byte[] content) {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    static final UploadRule DOCUMENTS = UploadRule.of(MAX_BYTES, FileType.PDF, FileType.JPEG, FileType.PNG);

    public DocumentFile {
        // Some browsers send the whole path of the file.
        String name = fileName == null ? "" : fileName;
        fileName = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).trim();
    }

    /** What is kept of the file. @throws ValidationException when it is empty, too large or not accepted */
    public StoredFile checked() {
        if (content == null || content.length == 0) {
            throw new ValidationException(List.of(new FieldError("file", "contracting.document.empty")));
        }
        if (fileName.length() > StoredFile.NAME_MAX) {
            throw new ValidationException(List.of(new FieldError("file", "contracting.document.nameTooLong")));
        }
        return StoredFile.accepted(DOCUMENTS, "file", fileName, content);
    }
}
