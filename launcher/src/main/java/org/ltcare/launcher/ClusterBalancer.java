package org.ltcare.launcher;

import io.undertow.Undertow;
import io.undertow.server.handlers.proxy.LoadBalancingProxyClient;
import io.undertow.server.handlers.proxy.ProxyHandler;
import java.net.URI;
import java.util.List;

/**
 * The load balancer in front of the cluster mode's nodes: Undertow's own load-balancing reverse proxy (the engine
 * WildFly's web server is built on, as a library — no balancer to install). Sticky sessions: a session id ends in its
 * node's route ({@code .node1}), and the balancer sends the session's requests there while that node answers; a
 * node that does not answer is left out and its users go to another. The client's address is passed on in
 * {@code X-Forwarded-For}, replacing any the client sent (the application trusts it from a proxy on its own host).
 */
final class ClusterBalancer {

    private final Undertow server;

    private ClusterBalancer(Undertow server) {
        this.server = server;
    }

    static ClusterBalancer start(Settings settings, List<ClusterNode> nodes) {
        LoadBalancingProxyClient client = new LoadBalancingProxyClient().addSessionCookieName("JSESSIONID")
                .setConnectionsPerThread(20).setProblemServerRetry(5);
        for (ClusterNode node : nodes) {
            client.addHost(URI.create("http://127.0.0.1:" + node.httpPort(settings)), node.name());
        }
        ProxyHandler proxy = ProxyHandler.builder().setProxyClient(client).setMaxRequestTime(300_000)
                .setReuseXForwarded(false).setRewriteHostHeader(false).setMaxConnectionRetries(1).build();
        Undertow server = Undertow.builder().addHttpListener(settings.httpPort(), "127.0.0.1").setHandler(proxy)
                .build();
        server.start();
        return new ClusterBalancer(server);
    }

    void stop() {
        server.stop();
    }
}
