package org.ltcare.institution.contracting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;

/**
 * A file handed in for the document review: a PDF scan or a photo (JPEG, PNG) of at most 10 MB, recognised by its
 * extension and confirmed by its first bytes, so that a renamed file of another kind is refused.
 */
public record DocumentFile(String fileName, byte[] content) {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "pdf", "application/pdf", "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png");
    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", new byte[] {'%', 'P', 'D', 'F'},
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});

    public DocumentFile {
        // Some browsers send the whole path of the file.
        String name = fileName == null ? "" : fileName;
        fileName = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).trim();
    }

    /** The content type to file it under. @throws ValidationException when it is empty, too large or not accepted */
    public String checkedContentType() {
        List<FieldError> errors = new ArrayList<>();
        Optional<String> type = typeByExtension();
        if (content == null || content.length == 0) {
            errors.add(new FieldError("file", "contracting.document.empty"));
        } else if (content.length > MAX_BYTES) {
            errors.add(new FieldError("file", "contracting.document.tooLarge", List.of(fileName)));
        } else if (type.isEmpty() || !startsWith(SIGNATURES.get(type.get()))) {
            errors.add(new FieldError("file", "contracting.document.badType", List.of(fileName)));
        } else if (fileName.length() > 200) {
            errors.add(new FieldError("file", "contracting.document.nameTooLong"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return type.get();
    }

    private Optional<String> typeByExtension() {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Optional.ofNullable(CONTENT_TYPES.get(extension));
    }

    private boolean startsWith(byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(Arrays.copyOf(content, signature.length), signature);
    }
}
