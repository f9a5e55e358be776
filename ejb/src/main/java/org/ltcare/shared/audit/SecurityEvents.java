package org.ltcare.shared.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Security events that must be kept whatever happens to the request's own work (a refused request rolls back):
 * each is written and committed in a transaction of its own.
 */
@Stateless
public class SecurityEvents {

    /** The longest request path kept in an entry (paths are the attacker's text). */
    private static final int MAX_PATH = 512;

    @Inject
    private AuditLog audit;

    /** A request refused with 403: who, what and from where. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void accessDenied(String username, String method, String path, String client) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("method", method);
        details.put("path", path.length() > MAX_PATH ? path.substring(0, MAX_PATH) + "…" : path);
        details.put("client", client);
        String who = username == null ? "anonymous" : username;
        audit.security(who, null, SecurityEvent.ACCESS_DENIED, who, details);
    }

    /** An API request with a bearer token that is unknown, expired or revoked. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void tokenRefused(String client) {
        audit.security("bearer", null, SecurityEvent.LOGIN_FAILED, "bearer", Map.of("client", client));
    }
}
