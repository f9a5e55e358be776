package org.ltcare.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a step inside the server tells a browser step of the same test class (they run in two JVMs on this
 * machine): a few lines in a file named after the test.
 */
final class Handover {

    private final Path file;

    Handover(String name) {
        this.file = Path.of(System.getProperty("java.io.tmpdir"), "ltc-" + name + ".txt");
    }

    void write(Object... lines) {
        try {
            Files.writeString(file, String.join("\n", java.util.Arrays.stream(lines).map(String::valueOf).toList()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> read() {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
