package org.ltcare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cluster node: its own base directory, ports and name; made afresh from the provisioned server at each start. */
class ClusterNodeTest {

    @TempDir
    Path repo;

    @Test
    void eachNodeHasItsOwnBaseDirectoryPortsAndName() {
        Settings settings = Settings.from(Map.of("LTC_HTTP_PORT", "9080"), repo);
        var nodes = ClusterNode.of(settings, 2);

        assertThat(nodes).extracting(ClusterNode::name).containsExactly("node1", "node2");
        assertThat(nodes).extracting(node -> node.httpPort(settings)).containsExactly(9180, 9280);
        assertThat(nodes.get(1).baseDir()).isEqualTo(repo.resolve("data/nodes/node2"));
        assertThat(nodes.get(1).serverArguments(nodes)).containsExactly(
                "-Djboss.server.base.dir=" + repo.resolve("data/nodes/node2"),
                "-Djboss.socket.binding.port-offset=200", "-Djboss.node.name=node2", "-Djboss.tx.node.id=node2",
                "-Djboss.bind.address.private=127.0.0.1", "-Dltc.jgroups.hosts=127.0.0.1[7700],127.0.0.1[7800]");
        assertThat(nodes.get(0).pidFile()).isNotEqualTo(nodes.get(1).pidFile());
    }

    @Test
    void aStartCopiesTheServersConfigurationAndApplicationAndKeepsTheNodesDataAndLogs() throws Exception {
        Path server = repo.resolve("server");
        Files.createDirectories(server.resolve("standalone/configuration"));
        Files.createDirectories(server.resolve("standalone/deployments"));
        Files.writeString(server.resolve("standalone/configuration/standalone.xml"), "<server/>");
        Files.writeString(server.resolve("standalone/deployments/ROOT.war"), "new build");
        ClusterNode node = ClusterNode.of(Settings.from(Map.of(), repo), 1).get(0);
        Files.createDirectories(node.baseDir().resolve("deployments"));
        Files.writeString(node.baseDir().resolve("deployments/ROOT.war.deployed"), "");
        Files.writeString(node.baseDir().resolve("deployments/ROOT.war"), "old build");
        Files.createDirectories(node.baseDir().resolve("log"));
        Files.writeString(node.baseDir().resolve("log/server.log"), "kept");

        node.prepare(server);

        assertThat(node.baseDir().resolve("configuration/standalone.xml")).hasContent("<server/>");
        assertThat(node.baseDir().resolve("deployments/ROOT.war")).hasContent("new build");
        assertThat(node.baseDir().resolve("deployments/ROOT.war.deployed")).doesNotExist();
        assertThat(node.baseDir().resolve("log/server.log")).hasContent("kept");
    }
}
