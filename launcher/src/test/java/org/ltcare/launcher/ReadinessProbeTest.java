package org.ltcare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every case ends on its first poll, so no test waits for the poll interval. */
class ReadinessProbeTest {

    private static final Duration LONG = Duration.ofMinutes(1);

    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/login.xhtml", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void readyWhenThePageAnswers200() throws InterruptedException {
        assertThat(new ReadinessProbe().await(page("/login.xhtml"), LONG, LONG, () -> true))
                .isEqualTo(ReadinessProbe.Outcome.READY);
    }

    @Test
    void notReadyOnA404() throws InterruptedException {
        assertThat(new ReadinessProbe().await(page("/other.xhtml"), Duration.ZERO, LONG, () -> true))
                .isEqualTo(ReadinessProbe.Outcome.TIMED_OUT);
    }

    @Test
    void givesUpWhenTheCallerSaysWaitingIsPointless() throws InterruptedException {
        assertThat(new ReadinessProbe().await(page("/login.xhtml"), LONG, LONG, () -> false))
                .isEqualTo(ReadinessProbe.Outcome.GAVE_UP);
    }

    private URI page(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }
}
