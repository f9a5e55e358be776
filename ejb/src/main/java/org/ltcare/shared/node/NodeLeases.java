package org.ltcare.shared.node;

/**
 * Which runs have lost their node, in SQL for the runs' own tables: a run is its node's while that start of the node
 * beats ({@link ThisNode}); it is lost when the node has missed {@link #LOST_AFTER_SECONDS} of heartbeats (killed,
 * cut off), when the node has started again since (a restart ends every run of its previous start), or when it names
 * no node (a run of a version before issue 24). Taking a lost run over is one conditional update: of two nodes
 * sweeping at once, the second finds it no longer lost.
 */
public final class NodeLeases {

    /** Six heartbeats missed: longer than any pause of a live node's timers, short enough for a payout to go on. */
    public static final int LOST_AFTER_SECONDS = 6 * ThisNode.BEAT_SECONDS;

    private NodeLeases() {
    }

    /** The condition "the node named in {@code column} is lost", for a native query of the run's table. */
    public static String lost(String column) {
        return "(" + column + " is null or " + column + " not in (select n.boot_id from app_node n "
                + "where n.seen_at >= now(3) - interval " + LOST_AFTER_SECONDS + " second and not exists "
                + "(select 1 from app_node m where m.node_name = n.node_name and m.started_at > n.started_at)))";
    }

    /**
     * The statement that takes a lost running run of {@code table} over for {@code ThisNode}: parameters the boot id
     * and the run's id; one row updated when taken, none when it is not (any longer) lost.
     */
    public static String takeOver(String table) {
        return "update " + table + " set node_boot = ? where id = ? and status = 'RUNNING' and " + lost("node_boot");
    }

    /** {@link #takeOver} of a table with a version column: the version moves on, as any change of the row's. */
    public static String takeOverVersioned(String table) {
        return "update " + table + " set node_boot = ?, version = version + 1 where id = ? and status = 'RUNNING' and "
                + lost("node_boot");
    }

    /** The ids of the table's running runs whose node is lost. */
    public static String lostRuns(String table) {
        return "select id from " + table + " where status = 'RUNNING' and " + lost("node_boot") + " order by id";
    }
}
