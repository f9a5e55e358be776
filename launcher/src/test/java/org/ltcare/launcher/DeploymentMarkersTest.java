package org.ltcare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentMarkersTest {

    @TempDir
    Path serverHome;

    private Path deployments;

    @BeforeEach
    void createDeploymentsDir() throws IOException {
        deployments = Files.createDirectories(serverHome.resolve("standalone/deployments"));
        Files.writeString(deployments.resolve("ROOT.war"), "war");
    }

    @Test
    void reportsAFailureWithWhatWildFlyWroteInTheMarker() throws IOException {
        Files.writeString(deployments.resolve("ROOT.war.failed"), "\"WFLYSRV0153: Failed to process phase\"\n");

        assertThat(new DeploymentMarkers(serverHome).failure())
                .contains("ROOT.war.failed: \"WFLYSRV0153: Failed to process phase\"");
    }

    @Test
    void clearsOnlyTheFailureMarkers() throws IOException {
        Files.writeString(deployments.resolve("ROOT.war.failed"), "x");
        Files.writeString(deployments.resolve("ROOT.war.deployed"), "");

        assertThat(new DeploymentMarkers(serverHome).clearFailed()).containsExactly("ROOT.war.failed");
        assertThat(deployments.resolve("ROOT.war.failed")).doesNotExist();
        assertThat(deployments.resolve("ROOT.war.deployed")).exists();
        assertThat(deployments.resolve("ROOT.war")).exists();
        assertThat(new DeploymentMarkers(serverHome).failure()).isEmpty();
    }

    @Test
    void noDeploymentsDirectoryMeansNoFailure() {
        DeploymentMarkers markers = new DeploymentMarkers(serverHome.resolve("elsewhere"));

        assertThat(markers.failure()).isEmpty();
        assertThat(markers.clearFailed()).isEmpty();
    }
}
