package org.ltcare.shared.security;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Events counted per client in a sliding window — failed logins per address, public-form submissions per form and
 * address — in the database, so that every node behind a load balancer counts the same (issue 24: each node's
 * memory gave an address as many tries as there were nodes). Kept a day, far longer than any window.
 */
@Stateless
public class ClientEvents {

    /** The limits counted. */
    public enum Counter { LOGIN_FAILURE, PUBLIC_FORM }

    private static final Duration KEPT = Duration.ofDays(1);

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Counts an event of the key, whatever the count so far (a failure is counted even over the limit). */
    public void count(Counter counter, String key) {
        em.createNativeQuery("insert into client_event (counter, client_key, occurred_at) values (?, ?, ?)")
                .setParameter(1, counter.name()).setParameter(2, key).setParameter(3, clock.instant())
                .executeUpdate();
    }

    /** Whether the key has {@code limit} events or more in the window up to now. */
    public boolean reached(Counter counter, String key, int limit, Duration window) {
        return recent(counter, key, limit, clock.instant().minus(window)) >= limit;
    }

    /**
     * Counts an event of the key unless it already has {@code limit} in the window; false then. Nodes counting the
     * same key at once take turns on the key's lock row, so none admits one over the limit.
     */
    public boolean countWithin(Counter counter, String key, int limit, Duration window) {
        em.createNativeQuery("insert ignore into client_event_key (counter, client_key) values (?, ?)")
                .setParameter(1, counter.name()).setParameter(2, key).executeUpdate();
        em.createNativeQuery("select counter from client_event_key where counter = ? and client_key = ? for update")
                .setParameter(1, counter.name()).setParameter(2, key).getResultList();
        if (recent(counter, key, limit, clock.instant().minus(window)) >= limit) {
            return false;
        }
        count(counter, key);
        return true;
    }

    /** The key's events after {@code from}, counted up to {@code limit} (no more need be read). */
    private int recent(Counter counter, String key, int limit, Instant from) {
        return ((Number) em.createNativeQuery("select count(*) from (select 1 from client_event where counter = ? "
                + "and client_key = ? and occurred_at > ? limit ?) recent")
                .setParameter(1, counter.name()).setParameter(2, key).setParameter(3, from).setParameter(4, limit)
                .getSingleResult()).intValue();
    }

    /** Every ten minutes, on each node (the same delete twice is harmless): events older than a day go. */
    @Schedule(minute = "*/10", hour = "*", persistent = false)
    public void purge() {
        Instant before = clock.instant().minus(KEPT);
        em.createNativeQuery("delete from client_event where occurred_at < ?").setParameter(1, before)
                .executeUpdate();
        em.createNativeQuery("delete from client_event_key where not exists (select 1 from client_event e "
                + "where e.counter = client_event_key.counter and e.client_key = client_event_key.client_key)")
                .executeUpdate();
    }
}
