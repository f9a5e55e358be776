package org.ltcare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.undertow.Undertow;
import io.undertow.server.handlers.CookieImpl;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The balancer in front of two real HTTP servers standing in for the nodes (each answers with its name and the
 * X-Forwarded-For it received, and gives a new client a session id ending in its route, as WildFly does): new
 * sessions go to both nodes, a session stays with its node, the client's own X-Forwarded-For is replaced, and when
 * a node stops its sessions' requests go to the other.
 */
class ClusterBalancerTest {

    private final List<Undertow> nodes = new ArrayList<>();
    private ClusterBalancer balancer;

    @AfterEach
    void stop() {
        if (balancer != null) {
            balancer.stop();
        }
        nodes.forEach(Undertow::stop);
    }

    @Test
    void sessionsStayWithTheirNodeAndMoveWhenItStops() throws Exception {
        int port = freePort();
        Settings settings = Settings.from(Map.of("LTC_HTTP_PORT", String.valueOf(port)), Path.of("/tmp"));
        List<ClusterNode> cluster = ClusterNode.of(settings, 2);
        for (ClusterNode node : cluster) {
            nodes.add(standIn(node.name(), node.httpPort(settings)));
        }
        balancer = ClusterBalancer.start(settings, cluster);
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("http://127.0.0.1:" + port + "/");

        Set<String> served = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            served.add(http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body()
                    .split(" ")[0]);
        }
        assertThat(served).as("new sessions go to both").containsExactlyInAnyOrder("node1", "node2");

        HttpRequest ofNode2 = HttpRequest.newBuilder(uri).header("Cookie", "JSESSIONID=abc.node2")
                .header("X-Forwarded-For", "203.0.113.9").build();
        for (int i = 0; i < 3; i++) {
            String body = http.send(ofNode2, HttpResponse.BodyHandlers.ofString()).body();
            assertThat(body).startsWith("node2 ").doesNotContain("203.0.113.9").contains("127.0.0.1");
        }

        nodes.get(1).stop();
        assertThat(http.send(ofNode2, HttpResponse.BodyHandlers.ofString()).body()).startsWith("node1 ");
    }

    private static Undertow standIn(String name, int port) {
        Undertow server = Undertow.builder().addHttpListener(port, "127.0.0.1").setHandler(exchange -> {
            if (!exchange.getRequestCookies().containsKey("JSESSIONID")) {
                exchange.setResponseCookie(new CookieImpl("JSESSIONID", "s" + System.nanoTime() + "." + name));
            }
            exchange.getResponseSender().send(name + " " + exchange.getRequestHeaders().getFirst("X-Forwarded-For"));
        }).build();
        server.start();
        return server;
    }

    private static int freePort() throws Exception {
        // below 65000, so that the nodes' ports (+100, +200) are ports too
        for (int tries = 0; tries < 20; tries++) {
            try (ServerSocket socket = new ServerSocket(0)) {
                if (socket.getLocalPort() < 65_000) {
                    return socket.getLocalPort();
                }
            }
        }
        throw new IllegalStateException("no free port");
    }
}
