package org.ltcare.launcher;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The provisioned WildFly, run through its {@code standalone.sh} as a child process. */
final class WildFlyServer {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Process script;
    private final PidFile pidFile;

    private WildFlyServer(Process script, PidFile pidFile) {
        this.script = script;
        this.pidFile = pidFile;
    }

    /**
     * @param database the {@code MYSQL_*} variables to set, or an empty map to pass the caller's
     *                 own (external database) through unchanged
     */
    static final String HEAP = "-Xms256m -Xmx2g";

    static WildFlyServer start(Settings settings, Map<String, String> database) throws IOException {
        return start(settings, database, null, List.of());
    }

    /** @param node a node of the cluster mode (one of {@code cluster}), or {@code null} for the one server */
    static WildFlyServer start(Settings settings, Map<String, String> database, ClusterNode node,
                               List<ClusterNode> cluster) throws IOException {
        PidFile pidFile = new PidFile(node == null ? settings.wildflyPidFile() : node.pidFile());
        pidFile.delete();
        if (node != null) {
            node.prepare(settings.serverHome());
        }
        List<String> cleared = new DeploymentMarkers(settings.serverHome(), node).clearFailed();
        if (!cleared.isEmpty()) {
            Console.say("已清除上次失败的部署标记 " + cleared, "removed failure markers of an earlier run " + cleared);
        }
        List<String> command = new ArrayList<>(List.of(settings.standaloneScript().toString(),
                "-Djboss.http.port=" + settings.httpPort(), "-b", "127.0.0.1"));
        if (node != null) {
            command.addAll(node.serverArguments(cluster));
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(settings.serverHome().toFile())
                .inheritIO();
        Map<String, String> env = builder.environment();
        env.putAll(database);
        env.putIfAbsent("LTC_DEMO_DATA", "true"); // a user's explicit LTC_DEMO_DATA=false wins
        if (node != null && node.index() > 1) {
            // the first node loads the demo data (and a city) alone, before the others start
            env.put("LTC_DEMO_DATA", "false");
            env.remove("LTC_DEMO_CITY");
        }
        // WildFly's own default heap (512 MB) is a demo's: a city's settlement runs and overviews need more. A
        // JBOSS_JAVA_SIZING of the caller's wins.
        env.putIfAbsent("JBOSS_JAVA_SIZING", HEAP);
        if (!settings.inlineDataKeys()) {
            env.put("LTC_DATA_KEY_FILE", settings.dataKeyFile().toString());
        }
        // In the background mode the script writes the java PID to JBOSS_PIDFILE and forwards signals.
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        env.put("JBOSS_PIDFILE", pidFile.path().toString());
        return new WildFlyServer(builder.start(), pidFile);
    }

    boolean isAlive() {
        return script.isAlive();
    }

    int waitFor() throws InterruptedException {
        return script.waitFor();
    }

    /** Stops the server java process, then the script and anything else it started. */
    boolean stop() {
        List<ProcessHandle> processes = new ArrayList<>();
        pidFile.process().ifPresent(processes::add);
        // Collected before anything dies: once the script is gone its children are re-parented
        // and no longer findable. Also covers a stop that comes before the PID file is written.
        script.descendants().filter(p -> !processes.contains(p)).forEach(processes::add);
        processes.add(script.toHandle());
        boolean stopped = ProcessTermination.terminate(processes, STOP_GRACE);
        pidFile.delete();
        return stopped;
    }
}
