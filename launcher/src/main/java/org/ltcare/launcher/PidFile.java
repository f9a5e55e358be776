package org.ltcare.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The file standalone.sh writes the WildFly java PID to ({@code JBOSS_PIDFILE}). The script does
 * not exec java, so killing the script alone would leave the server running.
 */
final class PidFile {

    private final Path file;

    Path path() {
        return file;
    }

    PidFile(Path file) {
        this.file = file;
    }

    /**
     * Before a start this removes a file left by a run that did not end cleanly, so that any PID
     * read later was written by the server this launcher started (not reused by another process).
     */
    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }

    /** The live process named in the file, if the file exists and holds a PID. */
    Optional<ProcessHandle> process() {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String content = Files.readString(file).trim();
            return content.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(content));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty(); // half-written or garbled: the child's descendants still cover it
        }
    }
}
