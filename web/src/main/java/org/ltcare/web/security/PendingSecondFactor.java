package org.ltcare.web.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A page login whose password was right and whose second factor is still to come: kept in the session (under the
 * new id the password step gave it) for a few minutes; nobody is logged in yet.
 */
record PendingSecondFactor(String username, Instant since) implements Serializable {

    static final String ATTRIBUTE = "org.ltcare.pendingSecondFactor";
    static final Duration VALIDITY = Duration.ofMinutes(5);

    boolean isExpiredAt(Instant now) {
        return now.isAfter(since.plus(VALIDITY));
    }

    /** The pending login of this session, if there is one. */
    static PendingSecondFactor of(HttpSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof PendingSecondFactor pending
                ? pending : null;
    }

    static void clear(HttpSession session) {
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
