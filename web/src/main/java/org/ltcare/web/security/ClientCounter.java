package org.ltcare.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key (a client address, a form and an address) in a sliding window, in this node's memory and
 * bounded: the base of the limits per client (public forms, failed logins).
 */
public final class ClientCounter {

    private static final int MAX_KEYS = 50_000;

    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    public ClientCounter(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** Counts an event of the key unless it has reached the limit; false when it has. */
    public boolean tryCount(String key, Instant now) {
        Deque<Instant> times = recent(key, now);
        synchronized (times) {
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** Counts an event of the key, over the limit too. */
    public void count(String key, Instant now) {
        Deque<Instant> times = recent(key, now);
        synchronized (times) {
            times.addLast(now);
        }
    }

    /** Whether the key has reached the limit in the window up to now. */
    public boolean isAtLimit(String key, Instant now) {
        Deque<Instant> times = recent(key, now);
        synchronized (times) {
            return times.size() >= limit;
        }
    }

    public Duration window() {
        return window;
    }

    private Deque<Instant> recent(String key, Instant now) {
        Instant from = now.minus(window);
        if (events.size() > MAX_KEYS) {
            events.values().removeIf(times -> times.isEmpty() || times.peekLast().isBefore(from));
        }
        Deque<Instant> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(from)) {
                times.pollFirst();
            }
        }
        return times;
    }
}
