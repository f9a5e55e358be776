package org.ltcare.web.apply;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The file types accepted as application materials (PDF scans and photos), recognised by the file-name extension. */
final class MaterialFiles {

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "pdf", "application/pdf", "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png");

    private MaterialFiles() {
    }

    /** The content type filed for an accepted file, or empty if the type is not accepted. */
    static Optional<String> contentTypeOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Optional.ofNullable(CONTENT_TYPES.get(extension));
    }

    /** Some browsers send the whole path of the file. */
    static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName;
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    static String sizeText(long bytes) {
        return bytes >= 1024 * 1024
                ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0))
                : String.format(Locale.ROOT, "%d KB", Math.max(1, (bytes + 1023) / 1024));
    }
}
