package org.ltcare.launcher;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Backup and restore of the application's database with MariaDB's own client programs: {@code mariadb-dump
 * --single-transaction} reads every table in one consistent snapshot while the application keeps working (all tables
 * are InnoDB), into a gzip-compressed SQL file; {@code mariadb} loads such a file into an empty database, the
 * triggers then belonging to the account that loads it. The
 * password goes through an owner-only options file, never the command line. The data key file is not in the
 * backup: keep it apart (whoever has both has the ID numbers).
 */
public final class DatabaseBackup {

    /**
     * The account that created a trigger, as the dump names it: dropped on restore, so that the triggers belong to
     * the account that loads them (the backup may come from another server, or one with other accounts).
     */
    private static final Pattern DEFINER = Pattern.compile("/\\*!50017 DEFINER=[^*]*\\*/ ?|DEFINER=`[^`]*`@`[^`]*` ?");

    private final Path binDir;

    /** @param binDir where {@code mariadb-dump} and {@code mariadb} are; null: found on the PATH */
    public DatabaseBackup(Path binDir) {
        this.binDir = binDir;
    }

    /** Writes a consistent dump of {@code source}'s database to {@code file} (replaced only once complete). */
    public void backup(DatabaseConnection source, Path file) throws IOException, InterruptedException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Path options = optionsFile(source);
        try {
            Process dump = new ProcessBuilder(tool("mariadb-dump", "mysqldump"), "--defaults-extra-file=" + options,
                    "--single-transaction", "--routines", "--triggers", "--events", "--hex-blob",
                    "--default-character-set=utf8mb4", "--no-tablespaces", source.database())
                    .redirectError(ProcessBuilder.Redirect.PIPE).start();
            ErrorText errors = ErrorText.of(dump);
            try (InputStream sql = dump.getInputStream();
                 OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial))) {
                sql.transferTo(out);
            }
            if (dump.waitFor() != 0) {
                throw new IOException("mariadb-dump failed: " + errors.text());
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
            Files.deleteIfExists(options);
        }
    }

    /**
     * Loads {@code file} into {@code target}'s database, which must be empty or absent (it is created); with
     * {@code replace} an existing one is dropped first.
     */
    public void restore(Path file, DatabaseConnection target, boolean replace)
            throws IOException, InterruptedException, SQLException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no backup file " + file);
        }
        prepareDatabase(target, replace);
        Path options = optionsFile(target);
        try {
            Process load = new ProcessBuilder(tool("mariadb", "mysql"), "--defaults-extra-file=" + options,
                    "--default-character-set=utf8mb4", target.database())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.PIPE)
                    .start();
            ErrorText errors = ErrorText.of(load);
            IOException feeding = null;
            try (BufferedReader sql = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8));
                 Writer in = new BufferedWriter(new OutputStreamWriter(load.getOutputStream(), StandardCharsets.UTF_8))) {
                for (String line = sql.readLine(); line != null; line = sql.readLine()) {
                    in.write(line.contains("DEFINER=") ? DEFINER.matcher(line).replaceAll("") : line);
                    in.write('\n');
                }
            } catch (IOException e) {
                feeding = e; // the program stopped reading: its own message says why
            }
            if (load.waitFor() != 0 || feeding != null) {
                throw new IOException("loading the backup failed: " + errors.text(), feeding);
            }
        } finally {
            Files.deleteIfExists(options);
        }
    }

    private static void prepareDatabase(DatabaseConnection target, boolean replace) throws SQLException {
        String name = target.database();
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("not a database name: " + name);
        }
        try (Connection server = DriverManager.getConnection(target.serverUrl(), target.user(), target.password());
             Statement sql = server.createStatement()) {
            if (replace) {
                sql.execute("DROP DATABASE IF EXISTS `" + name + "`");
            } else if (tables(server, name) > 0) {
                throw new IllegalStateException("the database " + name + " is not empty: restore into an empty one");
            }
            sql.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 "
                    + "COLLATE utf8mb4_unicode_ci");
        }
    }

    private static int tables(Connection server, String database) throws SQLException {
        try (PreparedStatement count = server.prepareStatement(
                "select count(*) from information_schema.tables where table_schema = ?")) {
            count.setString(1, database);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    /**
     * The connection's host, port, user and password for the client programs, readable by its owner only. A
     * connection without TLS ({@code sslMode=DISABLED}: the embedded server) says so to MariaDB's clients, which
     * otherwise require it; MySQL's clients do not read their group and fall back by themselves.
     */
    private static Path optionsFile(DatabaseConnection connection) throws IOException {
        Path file = Files.createTempFile("ltcare-client", ".cnf",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, optionsText(connection), StandardCharsets.UTF_8);
        return file;
    }

    static String optionsText(DatabaseConnection connection) {
        return "[client]\nhost=" + connection.host() + "\nport=" + connection.port()
                + "\nuser=" + connection.user() + "\npassword=\"" + connection.password().replace("\\", "\\\\")
                .replace("\"", "\\\"") + "\"\n" + (connection.withoutTls() ? "[client-mariadb]\nskip-ssl\n" : "");
    }

    /** The first of the programs' names found in the bin directory (or on the PATH). */
    private String tool(String... names) {
        if (binDir == null) {
            return names[0];
        }
        for (String name : names) {
            if (Files.isExecutable(binDir.resolve(name))) {
                return binDir.resolve(name).toString();
            }
        }
        throw new IllegalStateException("none of " + List.of(names) + " in " + binDir);
    }

    /** A program's error output, read as it comes (a full pipe would stop it). */
    private static final class ErrorText {
        private final List<String> lines = new ArrayList<>();
        private final Thread reader;

        private ErrorText(Process process) {
            reader = new Thread(() -> {
                try {
                    new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                            .forEach(lines::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, "ltcare-client-errors");
            reader.start();
        }

        static ErrorText of(Process process) {
            return new ErrorText(process);
        }

        String text() throws InterruptedException {
            reader.join();
            return String.join(" / ", lines);
        }
    }
}
