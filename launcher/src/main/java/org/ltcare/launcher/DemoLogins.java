package org.ltcare.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo accounts to show on start-up, one per line ({@code username / password — role}).
 * The application's demo data owns the file; reading it here keeps the banner and the data in step.
 */
final class DemoLogins {

    static final String RESOURCE = "demo-logins.txt";

    private DemoLogins() {
    }

    /**
     * From the classpath resource if there is one, else from {@code fallback} if it exists.
     *
     * @return the non-blank lines, unchanged; empty if neither source exists or can be read
     */
    static List<String> read(ClassLoader classLoader, Path fallback) {
        try (InputStream resource = classLoader.getResourceAsStream(RESOURCE)) {
            if (resource != null) {
                return nonBlankLines(new BufferedReader(new InputStreamReader(resource, StandardCharsets.UTF_8)));
            }
            if (Files.isRegularFile(fallback)) {
                try (BufferedReader reader = Files.newBufferedReader(fallback, StandardCharsets.UTF_8)) {
                    return nonBlankLines(reader);
                }
            }
            return List.of();
        } catch (IOException | UncheckedIOException e) {
            // Only the banner needs this: an unreadable file must not bring a running server down.
            return List.of();
        }
    }

    private static List<String> nonBlankLines(BufferedReader reader) {
        return reader.lines().filter(line -> !line.isBlank()).toList();
    }
}
