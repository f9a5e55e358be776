package org.ltcare.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One WildFly node of the cluster mode ({@code ./run.sh --nodes N}): the same provisioned server started with a base
 * directory of its own (configuration, deployments, data, logs) under the data directory, its ports shifted by
 * {@code 100 × index}, and its name — the route its sessions carry ({@code JSESSIONID=….node1}) and the transaction
 * manager's node id, which must differ between servers sharing a database.
 */
record ClusterNode(int index, Path baseDir) {

    static final int PORT_STEP = 100;

    static List<ClusterNode> of(Settings settings, int count) {
        List<ClusterNode> nodes = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            nodes.add(new ClusterNode(i, settings.dataDir().resolve("nodes").resolve("node" + i)));
        }
        return nodes;
    }

    String name() {
        return "node" + index;
    }

    int portOffset() {
        return PORT_STEP * index;
    }

    int httpPort(Settings settings) {
        return settings.httpPort() + portOffset();
    }

    Path pidFile() {
        return baseDir.resolve("wildfly.pid");
    }

    /** JGroups' TCP port of a node (7600, the server's, shifted like its other ports). */
    int jgroupsPort() {
        return JGROUPS_PORT + portOffset();
    }

    static final int JGROUPS_PORT = 7600;

    /** The members' addresses for JGroups' TCPPING (configure-cluster.cli): every node's, on this machine. */
    static String jgroupsHosts(List<ClusterNode> nodes) {
        return String.join(",", nodes.stream().map(node -> "127.0.0.1[" + node.jgroupsPort() + "]").toList());
    }

    /** The server's arguments that make it this node of these. */
    List<String> serverArguments(List<ClusterNode> cluster) {
        return List.of("-Djboss.server.base.dir=" + baseDir, "-Djboss.socket.binding.port-offset=" + portOffset(),
                "-Djboss.node.name=" + name(), "-Djboss.tx.node.id=" + name(),
                "-Djboss.bind.address.private=127.0.0.1", "-Dltc.jgroups.hosts=" + jgroupsHosts(cluster));
    }

    /**
     * The node's base directory made afresh from the provisioned server's: its configuration and the application
     * as built now (the node's data and logs are kept).
     */
    void prepare(Path serverHome) throws IOException {
        Path standalone = serverHome.resolve("standalone");
        for (String part : List.of("configuration", "deployments")) {
            Path target = baseDir.resolve(part);
            deleteTree(target);
            copyTree(standalone.resolve(part), target);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
