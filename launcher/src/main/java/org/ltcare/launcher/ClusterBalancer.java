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
        // no idle connections kept to the nodes (a new one per request, on loopback): a request then meets a dead
        // node at its connect, before anything is sent, and goes to the next node — also a form
        LoadBalancingProxyClient client = new LoadBalancingProxyClient().addSessionCookieName("JSESSIONID")
                .setConnectionsPerThread(20).setSoftMaxConnectionsPerThread(0).setProblemServerRetry(5);
        for (ClusterNode node : nodes) {
            client.addHost(URI.create("http://127.0.0.1:" + node.httpPort(settings)), node.name());
        }
        // a node that cannot be reached is tried no more and the request goes to the next (as many tries as nodes);
        // a request that reached a node which then failed is not sent again unless it is idempotent (Undertow's
        // rule): a form posted twice could do its work twice
        ProxyHandler proxy = ProxyHandler.builder().setProxyClient(client).setMaxRequestTime(300_000)
                .setReuseXForwarded(false).setRewriteHostHeader(false).setMaxConnectionRetries(nodes.size())
                .build();
        Undertow server = Undertow.builder().addHttpListener(settings.httpPort(), "127.0.0.1").setHandler(proxy)
                .build();
        server.start();
        return new ClusterBalancer(server);
    }

    void stop() {
        server.stop();
    }
}
