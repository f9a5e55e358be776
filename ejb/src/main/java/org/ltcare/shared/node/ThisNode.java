package org.ltcare.shared.node;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * This start of this application node, as the other nodes see it: a row of {@code app_node} with a random boot id,
 * the node's name ({@code jboss.node.name}, unique per node of a cluster) and a heartbeat by the database's clock
 * (nodes on other machines need not agree on the time). The background runs this node starts carry its boot id;
 * when the heartbeat stops, or the node starts again under its name, another node takes them over
 * ({@link NodeLeases}).
 */
@Singleton
@Startup
@DependsOn("PlatformStartup") // the database's migrations first
@Lock(LockType.READ)
public class ThisNode {

    /** Between two heartbeats. */
    public static final int BEAT_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(ThisNode.class.getName());

    private final String bootId = UUID.randomUUID().toString();

    private final String name = System.getProperty("jboss.node.name", "node");

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    @PostConstruct
    void register() {
        em.createNativeQuery("insert into app_node (boot_id, node_name, started_at, seen_at) "
                + "values (?, ?, now(3), now(3))").setParameter(1, bootId).setParameter(2, name).executeUpdate();
        LOG.info(() -> "node " + name + " started as " + bootId);
    }

    /** Beats, on each node: one row's update, so that it never waits for another node's sweep. */
    @Schedule(second = "*/" + BEAT_SECONDS, minute = "*", hour = "*", persistent = false)
    void beat() {
        em.createNativeQuery("update app_node set seen_at = now(3) where boot_id = ?").setParameter(1, bootId)
                .executeUpdate();
    }

    /** Hourly, on each node: a start whose node has not beaten for a day is forgotten. */
    @Schedule(minute = "17", hour = "*", persistent = false)
    void forgetOldStarts() {
        em.createNativeQuery("delete from app_node where seen_at < now(3) - interval 1 day").executeUpdate();
    }

    public String bootId() {
        return bootId;
    }

    public String name() {
        return name;
    }
}
