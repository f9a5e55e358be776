package org.ltcare.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded MariaDB of the run command, started for real: it answers on the loopback address only, and only to
 * the application's account with the password kept in the data directory (owner-only file) — neither to root nor
 * to a wrong password; a second start finds the same password.
 */
class EmbeddedDatabaseTest {

    @Test
    void onlyTheApplicationsAccountWithItsPasswordOnLoopback(@TempDir Path dataDir) throws Exception {
        int port = freePort();
        Settings settings = Settings.from(Map.of("LTC_DATA_DIR", dataDir.toString(), "LTC_DB_PORT",
                String.valueOf(port)), Path.of("."));
        LocalDirectories.prepare(settings);
        String password = started(settings, () -> {
            String kept = new DatabaseSecret(dataDir).existing().orElseThrow();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(
                    DatabaseSecret.FILE)))).isEqualTo("rw-------");
            DatabaseConnection app = DatabaseConnection.embedded(port, kept);
            try (Connection connection = DriverManager.getConnection(app.url(), app.user(), app.password())) {
                connection.createStatement().execute("CREATE TABLE probe (id INT)");
            }
            assertThatThrownBy(() -> DriverManager.getConnection(app.url(), app.user(), kept + "x"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(app.url(), "root", "anything"))
                    .isInstanceOf(SQLException.class);
            for (InetAddress other : otherAddresses()) {
                assertThatThrownBy(() -> new Socket().connect(new InetSocketAddress(other, port), 2_000))
                        .as("not listening on " + other).isInstanceOf(IOException.class);
            }
            return kept;
        });
        String again = started(settings, () -> {
            DatabaseConnection app = DatabaseConnection.embedded(port,
                    new DatabaseSecret(dataDir).existing().orElseThrow());
            try (Connection connection = DriverManager.getConnection(app.url(), app.user(), app.password())) {
                assertThat(connection.createStatement().executeQuery("SELECT COUNT(*) FROM probe").next()).isTrue();
            }
            return app.password();
        });
        assertThat(again).isEqualTo(password);
    }

    private interface WhileRunning {
        String check() throws Exception;
    }

    private static String started(Settings settings, WhileRunning check) throws Exception {
        Services services = new Services();
        try {
            services.startDatabase(settings);
            return check.check();
        } finally {
            services.stopAll();
        }
    }

    /** This machine's addresses other than loopback (a container may have none). */
    private static List<InetAddress> otherAddresses() throws IOException {
        return NetworkInterface.networkInterfaces().filter(i -> {
            try {
                return i.isUp() && !i.isLoopback();
            } catch (IOException e) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(a -> !a.isLinkLocalAddress()).toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
