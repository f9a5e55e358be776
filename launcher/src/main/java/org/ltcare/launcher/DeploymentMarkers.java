package org.ltcare.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@code *.failed} files WildFly's deployment scanner writes next to a deployment it could
 * not deploy. One left by an earlier run keeps the scanner from deploying that archive again,
 * and a new one means the application will never answer: no reason to wait for the timeout.
 */
final class DeploymentMarkers {

    private final Path deployments;

    DeploymentMarkers(Path serverHome) {
        this(serverHome, null);
    }

    /** A cluster node's markers are in its own base directory. */
    DeploymentMarkers(Path serverHome, ClusterNode node) {
        this.deployments = node == null ? serverHome.resolve("standalone/deployments")
                : node.baseDir().resolve("deployments");
    }

    /** @return the names of the markers removed */
    List<String> clearFailed() {
        List<Path> markers = failedMarkers();
        for (Path marker : markers) {
            try {
                Files.deleteIfExists(marker);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + marker, e);
            }
        }
        return markers.stream().map(p -> p.getFileName().toString()).toList();
    }

    /** The first failure WildFly reported ({@code ROOT.war.failed: <its content>}), if any. */
    Optional<String> failure() {
        return failedMarkers().stream().findFirst().map(marker -> {
            try {
                return marker.getFileName() + ": " + Files.readString(marker).trim();
            } catch (IOException e) {
                return marker.getFileName().toString();
            }
        });
    }

    private List<Path> failedMarkers() {
        if (!Files.isDirectory(deployments)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(deployments)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".failed")).sorted().toList();
        } catch (IOException e) {
            return List.of(); // unreadable now: the readiness check still decides in the end
        }
    }
}
