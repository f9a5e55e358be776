package org.ltcare.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request comes from, for limits per client. Behind a reverse proxy every request comes from the
 * proxy, so X-Forwarded-For is read — but only when the direct peer is a trusted proxy (LTC_TRUSTED_PROXIES,
 * comma-separated; default the loopback addresses, where a proxy on the same host connects from), and then the
 * right-most address in it that is not itself a trusted proxy. A client cannot choose its address by the header.
 */
public final class ClientAddress {

    private static final Set<String> TRUSTED = trustedProxies();

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !TRUSTED.contains(peer)) {
            return peer;
        }
        List<String> chain = Arrays.stream(forwarded.split(",")).map(String::trim).filter(a -> !a.isEmpty()).toList();
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (!TRUSTED.contains(chain.get(i))) {
                return chain.get(i).length() <= 64 ? chain.get(i) : peer;
            }
        }
        return peer;
    }

    private static Set<String> trustedProxies() {
        String configured = System.getenv("LTC_TRUSTED_PROXIES");
        String list = configured == null || configured.isBlank() ? "127.0.0.1,0:0:0:0:0:0:0:1,::1" : configured;
        return Arrays.stream(list.split(",")).map(String::trim).filter(a -> !a.isEmpty()).collect(Collectors.toSet());
    }
}
