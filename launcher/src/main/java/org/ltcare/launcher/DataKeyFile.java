package org.ltcare.launcher;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The key file of the data encrypted at rest (ID and phone numbers; read by the application's {@code DataKeys}):
 * created with random keys on the first start, readable by its owner only, kept outside the database — and outside
 * its backups: whoever has both has the data. {@link #rotate} adds a new key and makes it the current one; the
 * application re-encrypts every value with it at its next start and keeps the old keys for what the audit trail
 * sealed with them.
 */
final class DataKeyFile {

    static final String DEFAULT_NAME = "data-keys.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;

    DataKeyFile(Path file) {
        this.file = file;
    }

    /** Creates the file with a first key and an index key if there is none; true if it did. */
    boolean ensure() {
        if (Files.exists(file)) {
            return false;
        }
        write("current=k1\nkey.k1=" + randomKey() + "\nindex=" + randomKey() + "\n");
        return true;
    }

    /** Adds a new key and makes it current; the id of the new key. */
    String rotate() {
        Properties keys = read();
        TreeSet<Integer> numbers = new TreeSet<>();
        for (String name : keys.stringPropertyNames()) {
            if (name.matches("key\\.k\\d+")) {
                numbers.add(Integer.parseInt(name.substring(5)));
            }
        }
        String id = "k" + (numbers.isEmpty() ? 1 : numbers.last() + 1);
        StringBuilder text = new StringBuilder("current=" + id + "\n");
        for (String name : new TreeSet<>(keys.stringPropertyNames())) {
            if (!name.equals("current")) {
                text.append(name).append('=').append(keys.getProperty(name)).append('\n');
            }
        }
        text.append("key.").append(id).append('=').append(randomKey()).append('\n');
        write(text.toString());
        return id;
    }

    Path file() {
        return file;
    }

    private Properties read() {
        if (!Files.exists(file)) {
            throw new IllegalStateException("no data key file at " + file);
        }
        Properties keys = new Properties();
        try {
            keys.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (keys.getProperty("index") == null) {
            throw new IllegalStateException(file + " has no index key: not a data key file");
        }
        return keys;
    }

    /** Written whole to a new owner-only file that then replaces the old one: a crash leaves one or the other. */
    private void write(String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path next = file.resolveSibling(file.getFileName() + ".new");
            Files.deleteIfExists(next);
            Files.createFile(next, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(next, "# 数据加密密钥 / keys of the data encrypted at rest: keep apart from the database and "
                    + "its backups; never delete an old key\n" + text, StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
