package org.ltcare.it;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for a condition on something the server does in the background (a batch job), checking it every 50 ms
 * until it holds or the timeout passes — a wait on the condition, as the browser tests' waits are, not a sleep.
 */
final class Await {

    private static final long POLL_NANOS = Duration.ofMillis(50).toNanos();

    private Await() {
    }

    static <T> T until(Supplier<T> value, Predicate<T> done, Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        T current = value.get();
        while (!done.test(current)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what + "; last seen: " + current);
            }
            LockSupport.parkNanos(POLL_NANOS);
            current = value.get();
        }
        return current;
    }
}
