package org.ltcare.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * The embedded database's password for the application's account: drawn at random on the first start and kept in
 * the data directory in a file only its owner may read, so that nobody else on the machine learns it.
 */
final class DatabaseSecret {

    static final String FILE = "db-password";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int LENGTH = 32;

    private final Path file;

    DatabaseSecret(Path dataDir) {
        this.file = dataDir.resolve(FILE);
    }

    /** The password kept from an earlier start, if there is one. */
    Optional<String> existing() {
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.US_ASCII).trim())
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws a new password and writes it to a file created readable and writable by its owner only. */
    String create() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        try {
            Files.createDirectories(file.getParent());
            Path written = Files.createFile(file,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(written, password, StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("the database password file exists already: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return password.toString();
    }

    Path file() {
        return file;
    }
}
