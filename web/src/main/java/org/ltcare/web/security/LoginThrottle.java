package org.ltcare.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.ltcare.shared.security.ClientEvents;

/**
 * Failed logins are throttled by the client's address, not by account: {@link #MAX_FAILURES} in ten minutes from
 * one address, and that address may try no further password (page or API) until older failures leave the window;
 * a valid API token is let in (it cannot be guessed), a wrong one counts as a failure.
 * Machine credentials are never locked by account (anyone could stop an institution's system by failing in its
 * name); this stops password guessing against them, and against people's accounts, from one place.
 */
@ApplicationScoped
public class LoginThrottle {

    public static final int MAX_FAILURES = 30;

    private static final Duration WINDOW = Duration.ofMinutes(10);

    /** Counted in the database: every node behind a load balancer sees the same failures (issue 24). */
    @Inject
    private ClientEvents events;

    public boolean isBlocked(String client) {
        return events.reached(ClientEvents.Counter.LOGIN_FAILURE, client, MAX_FAILURES, WINDOW);
    }

    public void failed(String client) {
        events.count(ClientEvents.Counter.LOGIN_FAILURE, client);
    }

    public Duration window() {
        return WINDOW;
    }
}
