package org.ltcare.launcher;

import ch.vorburger.exec.ManagedProcessException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * Starts the database and the server, and stops them in reverse order exactly once, whether the
 * stop comes from Ctrl-C (the shutdown hook thread) or from the main thread.
 * Starts and the stop share one lock: a Ctrl-C during a start waits for that start to finish and
 * then stops what it started, so nothing is left running behind the JVM. The progress lines are
 * printed under the lock too, so they never announce a start that a stop has already refused.
 */
final class Services {

    private volatile boolean stopping;
    private boolean stopped;
    private EmbeddedDatabase database;
    private WildFlyServer server;
    private final List<WildFlyServer> nodes = new ArrayList<>();
    private ClusterBalancer balancer;

    boolean isStopping() {
        return stopping;
    }

    synchronized void startDatabase(Settings settings) throws ManagedProcessException {
        refuseIfStopping();
        Console.say("正在启动数据库 (MariaDB 11.4) …",
                "starting database on port " + settings.dbPort() + ", data in " + settings.mariadbDataDir());
        DatabaseSecret secret = new DatabaseSecret(settings.dataDir());
        if (secret.existing().isEmpty()) {
            // First start (or a data directory from before passwords): the account is created on a
            // server without grant tables, on loopback, stopped again before the real start.
            EmbeddedDatabase bootstrap = EmbeddedDatabase.install(settings, false);
            bootstrap.start();
            try {
                bootstrap.createApplicationAccount(secret.create());
            } finally {
                bootstrap.stop();
            }
        }
        database = EmbeddedDatabase.install(settings, true);
        database.start();
    }

    synchronized WildFlyServer startServer(Settings settings, Map<String, String> database)
            throws IOException {
        refuseIfStopping();
        Console.say("正在启动 WildFly …", "starting WildFly from " + settings.serverHome());
        server = WildFlyServer.start(settings, database);
        return server;
    }

    synchronized WildFlyServer startNode(Settings settings, Map<String, String> database, ClusterNode node,
                                         List<ClusterNode> cluster) throws IOException {
        refuseIfStopping();
        Console.say("正在启动 WildFly 节点 " + node.name() + "（端口 " + node.httpPort(settings) + "）…",
                "starting WildFly node " + node.name() + " on port " + node.httpPort(settings));
        WildFlyServer started = WildFlyServer.start(settings, database, node, cluster);
        nodes.add(started);
        return started;
    }

    synchronized void startBalancer(Settings settings, List<ClusterNode> cluster) {
        refuseIfStopping();
        Console.say("正在启动负载均衡（端口 " + settings.httpPort() + "）…",
                "starting the load balancer on port " + settings.httpPort());
        balancer = ClusterBalancer.start(settings, cluster);
    }

    void stopAll() {
        stopping = true; // seen at once by the main thread, before it can take the lock
        synchronized (this) {
            if (stopped) {
                return;
            }
            stopped = true;
            if (balancer != null) {
                Console.say("正在停止负载均衡 …", "stopping the load balancer");
                balancer.stop();
            }
            for (int i = nodes.size() - 1; i >= 0; i--) {
                stop(nodes.get(i), "WildFly 节点 node" + (i + 1), "WildFly node node" + (i + 1));
            }
            if (server != null) {
                stop(server, "WildFly", "WildFly");
            }
            if (database != null) {
                Console.say("正在停止数据库 …", "stopping database");
                try {
                    database.stop();
                } catch (ManagedProcessException e) {
                    Console.fail("数据库未能正常停止", "database did not stop cleanly: " + e.getMessage());
                }
            }
            Console.say("已停止", "stopped");
        }
    }

    private static void stop(WildFlyServer server, String nameZh, String name) {
        Console.say("正在停止 " + nameZh + " …", "stopping " + name);
        try {
            if (!server.stop()) {
                Console.fail("WildFly 进程未能结束", "a WildFly process did not exit");
            }
        } catch (RuntimeException e) { // the others and the database must be stopped all the same
            Console.fail("停止 WildFly 出错", "stopping WildFly failed: " + e);
        }
    }

    private void refuseIfStopping() {
        if (stopping) {
            throw new CancellationException("stop requested");
        }
    }
}
