package org.ltcare.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * For benchmarks: how many statements of each kind the database server ran between two readings of its counters
 * (the whole server's: run a benchmark alone). Tells a step's round trips from its own work.
 */
final class StatementCounts {

    private static final String[] KINDS = {"Com_select", "Com_insert", "Com_update", "Com_delete", "Com_commit"};

    private final DataSource dataSource;
    private final Map<String, Long> before;

    StatementCounts(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        this.before = read();
    }

    /** "12,345 selects, 678 inserts, …" since this was made, and per {@code unit} when one is given. */
    String since(long units, String unit) throws SQLException {
        Map<String, Long> after = read();
        StringBuilder said = new StringBuilder();
        for (String kind : KINDS) {
            long count = after.get(kind) - before.get(kind);
            String name = kind.substring(4) + "s";
            said.append(said.length() == 0 ? "" : ", ").append(String.format("%,d %s", count, name));
            if (units > 0) {
                said.append(String.format(" (%.1f per %s)", (double) count / units, unit));
            }
        }
        return said.toString();
    }

    private Map<String, Long> read() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("show global status where variable_name in ('"
                     + String.join("', '", KINDS) + "')")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        for (String kind : KINDS) {
            counts.putIfAbsent(kind, 0L);
        }
        return counts;
    }
}
