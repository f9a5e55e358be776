package org.ltcare.it;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Seven-digit numbers for test data that must be unique (organisation codes, login names): counted from a random
 * start in the server's one test deployment. Random numbers alone collided: a run makes well over a thousand
 * institutions, and among nine million codes two of them matched in about one run in ten.
 */
final class UniqueNumbers {

    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000,
            5_000_000));

    private UniqueNumbers() {
    }

    static int next() {
        return NEXT.getAndIncrement();
    }
}
