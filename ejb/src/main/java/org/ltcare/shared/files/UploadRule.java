package org.ltcare.shared.files;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;

/**
 * What one kind of upload may be: the types accepted, recognised by content ({@link FileType}), and the largest
 * size. Each service that takes files keeps its rule and checks every file with it; a page may ask the same rule
 * early to say at once what is wrong. A refusal is a field error naming the file.
 *
 * @param label the accepted types as users know them ("PDF/JPG/PNG", "CSV"), the same in every language
 */
public record UploadRule(long maxBytes, Set<FileType> accepted, String label) {

    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    public UploadRule {
        accepted = Set.copyOf(accepted);
    }

    /** Files of these types, named by their labels in this order. */
    public static UploadRule of(long maxBytes, FileType first, FileType... more) {
        return new UploadRule(maxBytes, EnumSet.of(first, more), Stream.concat(Stream.of(first), Arrays.stream(more))
                .map(FileType::label).distinct().collect(Collectors.joining("/")));
    }

    /** Text files (a CSV, an XML table), named as users know them. */
    public static UploadRule text(long maxBytes, String label) {
        return new UploadRule(maxBytes, Set.of(FileType.TEXT), label);
    }

    /** Why the file is refused, as an error of {@code field}; empty when it is accepted. */
    public Optional<FieldError> problem(String field, String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName;
        if (content == null || content.length == 0) {
            return Optional.of(new FieldError(field, "file.empty"));
        }
        if (content.length > maxBytes) {
            return Optional.of(new FieldError(field, "file.tooLarge",
                    List.of(name, sizeText(content.length), sizeText(maxBytes))));
        }
        if (FileType.of(content).filter(accepted::contains).isEmpty()) {
            return Optional.of(new FieldError(field, "file.wrongType", List.of(name, label)));
        }
        return Optional.empty();
    }

    /**
     * The type the content is, to store with the file and send it as.
     *
     * @throws ValidationException when the file is empty, too large or not of an accepted type
     */
    public FileType check(String field, String fileName, byte[] content) {
        problem(field, fileName, content).ifPresent(error -> {
            throw new ValidationException(List.of(error));
        });
        return FileType.of(content).orElseThrow();
    }

    /** "512 KB", "10 MB", "10.1 MB": a size rounded up, so that a file just over a limit never reads as the limit. */
    public static String sizeText(long bytes) {
        if (bytes < MB) {
            return Math.max(1, (bytes + KB - 1) / KB) + " KB";
        }
        if (bytes % MB == 0) {
            return bytes / MB + " MB";
        }
        return String.format(Locale.ROOT, "%.1f MB", Math.ceil(bytes * 10.0 / MB) / 10);
    }
}
