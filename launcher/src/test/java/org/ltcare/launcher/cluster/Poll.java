package org.ltcare.launcher.cluster;

import java.time.Duration;
import java.util.function.Predicate;

/** Reads the cluster's state again until it shows what is waited for, or the deadline passes: the last reading. */
final class Poll {

    /** One reading of the state (a query of the database). */
    interface Reading<T> {
        T now() throws Exception;
    }

    private Poll() {
    }

    static <T> T until(Reading<T> reading, Predicate<T> done, Duration within, Duration every) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        T state = reading.now();
        while (!done.test(state) && System.nanoTime() < deadline) {
            Thread.sleep(every.toMillis()); // between two readings of the database, not instead of one
            state = reading.now();
        }
        return state;
    }
}
