package org.ltcare.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The maintenance commands of {@code ./run.sh <command>}: a new data key, a backup of the database, a restore of
 * one. They work on the embedded database (started for the command if the application is not running) or on the
 * external one that {@code MYSQL_URL} names.
 */
final class MaintenanceCommands {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private MaintenanceCommands() {
    }

    static int run(Settings settings, String[] args) {
        try {
            return switch (args[0]) {
                case "rotate-data-key" -> args.length == 1 ? rotateDataKey(settings) : usage(args);
                case "backup" -> args.length <= 2 ? backup(settings,
                        args.length == 2 ? Path.of(args[1]) : defaultFile(settings, "ltcare")) : usage(args);
                case "restore" -> args.length == 2 ? restore(settings, Path.of(args[1])) : usage(args);
                default -> usage(args);
            };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } catch (Exception e) {
            Console.fail("命令失败: " + args[0], args[0] + " failed: " + e.getMessage());
            return 1;
        }
    }

    private static int usage(String[] args) {
        Console.fail("未知命令: " + String.join(" ", args), "unknown command: " + String.join(" ", args)
                + " (commands: rotate-data-key | backup [file] | restore <file>)");
        return 2;
    }

    private static int rotateDataKey(Settings settings) {
        if (settings.inlineDataKeys()) {
            Console.fail("LTC_DATA_KEYS 由部署方管理", "the keys come from LTC_DATA_KEYS: add a key there "
                    + "(key.<id>=…, current=<id>) and restart");
            return 1;
        }
        String id = new DataKeyFile(settings.dataKeyFile()).rotate();
        Console.say("已生成新密钥 " + id + "，下次启动时所有加密数据将改用新密钥（旧密钥保留）",
                "new key " + id + " in " + settings.dataKeyFile() + " is now current; the next start "
                        + "re-encrypts every value with it (old keys stay for the audit trail)");
        return 0;
    }

    private static int backup(Settings settings, Path file) throws Exception {
        try (OpenDatabase database = OpenDatabase.of(settings)) {
            database.backup().backup(database.connection(), file.toAbsolutePath());
        }
        Console.say("备份完成: " + file.toAbsolutePath() + "（" + Files.size(file) / 1024 + " KB）；数据加密密钥文件不在备份中，请另行保管",
                "backup written to " + file.toAbsolutePath() + "; the data key file is not in it: keep it apart");
        return 0;
    }

    /**
     * Replaces the database with the backup's content; the application must be stopped. What was there is backed
     * up first, so a wrong file loses nothing.
     */
    private static int restore(Settings settings, Path file) throws Exception {
        if (!Files.isRegularFile(file)) {
            Console.fail("找不到备份文件 " + file, "no backup file " + file);
            return 1;
        }
        if (!PortCheck.isFree(settings.httpPort())) {
            Console.fail("应用正在运行，请先停止（Ctrl-C）", "the application is running (port " + settings.httpPort()
                    + "): stop it first");
            return 1;
        }
        try (OpenDatabase database = OpenDatabase.of(settings)) {
            Path before = defaultFile(settings, "before-restore");
            database.backup().backup(database.connection(), before);
            Console.say("已备份恢复前的数据: " + before, "the data before the restore is kept in " + before);
            database.backup().restore(file.toAbsolutePath(), database.connection(), true);
        }
        Console.say("恢复完成，可用 ./run.sh 启动；请确认数据加密密钥文件与备份时一致",
                "restored from " + file + "; start with ./run.sh (the data key file must be the one of the backup)");
        return 0;
    }

    private static Path defaultFile(Settings settings, String prefix) {
        return settings.dataDir().resolve("backups")
                .resolve(prefix + "-" + LocalDateTime.now().format(STAMP) + ".sql.gz");
    }

    /** The database a command works on, started for it (and stopped after) if it is the embedded one and down. */
    private static final class OpenDatabase implements AutoCloseable {
        private final DatabaseConnection connection;
        private final DatabaseBackup backup;
        private final Services started;

        private OpenDatabase(DatabaseConnection connection, DatabaseBackup backup, Services started) {
            this.connection = connection;
            this.backup = backup;
            this.started = started;
        }

        static OpenDatabase of(Settings settings) throws Exception {
            if (settings.usesExternalDatabase()) {
                // The client programs come from the PATH (Debian: mariadb-client).
                return new OpenDatabase(new DatabaseConnection(settings.externalMysqlUrl(),
                        System.getenv("MYSQL_USER"), System.getenv("MYSQL_PASSWORD")), new DatabaseBackup(null), null);
            }
            Services services = null;
            if (PortCheck.isFree(settings.dbPort())) {
                LocalDirectories.prepare(settings);
                services = new Services();
                services.startDatabase(settings);
            }
            String password = new DatabaseSecret(settings.dataDir()).existing()
                    .orElseThrow(() -> new IllegalStateException("no embedded database in " + settings.dataDir()));
            return new OpenDatabase(DatabaseConnection.embedded(settings.dbPort(), password),
                    new DatabaseBackup(settings.mariadbBaseDir().resolve("bin")), services);
        }

        DatabaseConnection connection() {
            return connection;
        }

        DatabaseBackup backup() {
            return backup;
        }

        @Override
        public void close() {
            if (started != null) {
                started.stopAll();
            }
        }
    }
}
