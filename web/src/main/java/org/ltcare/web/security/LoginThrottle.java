package org.ltcare.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/**
 * Failed logins are throttled by the client's address, not by account: {@link #MAX_FAILURES} in ten minutes from
 * one address, and that address may try no further login (page or API) until older failures leave the window.
 * Machine credentials are never locked by account (anyone could stop an institution's system by failing in its
 * name); this stops password guessing against them, and against people's accounts, from one place.
 */
@ApplicationScoped
public class LoginThrottle {

    public static final int MAX_FAILURES = 30;

    private final ClientCounter failures = new ClientCounter(MAX_FAILURES, Duration.ofMinutes(10));

    @Inject
    private Clock clock;

    public boolean isBlocked(String client) {
        return failures.isAtLimit(client, clock.instant());
    }

    public void failed(String client) {
        failures.count(client, clock.instant());
    }

    public Duration window() {
        return failures.window();
    }
}
