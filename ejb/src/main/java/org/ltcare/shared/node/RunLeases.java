package org.ltcare.shared.node;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The runs of a table whose node is lost, and taking one over for this node ({@link NodeLeases}); each call commits
 * by itself when called outside a transaction, so a run taken over is this node's before it is resumed.
 */
@Stateless
public class RunLeases {

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    @Inject
    private ThisNode node;

    /** The ids of the table's running runs whose node is lost, by id. */
    public List<Long> lostRuns(String table) {
        return ((List<?>) em.createNativeQuery(NodeLeases.lostRuns(table)).getResultList()).stream()
                .map(id -> ((Number) id).longValue()).toList();
    }

    /** Takes the lost run over: false when it is not lost any more (another node took it, or it ended). */
    public boolean takeOver(String table, long runId) {
        return em.createNativeQuery(NodeLeases.takeOver(table)).setParameter(1, node.bootId())
                .setParameter(2, runId).executeUpdate() == 1;
    }

    /** {@link #takeOver} of a table with a version column (an entity that users change as well). */
    public boolean takeOverVersioned(String table, long runId) {
        return em.createNativeQuery(NodeLeases.takeOverVersioned(table)).setParameter(1, node.bootId())
                .setParameter(2, runId).executeUpdate() == 1;
    }
}
