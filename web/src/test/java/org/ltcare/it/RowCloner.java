package org.ltcare.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For benchmarks: copies a template row of a table many times with some columns changed, in JDBC batches (the
 * URL rewrites them into multi-row inserts). Generated columns are left to the database.
 */
final class RowCloner implements AutoCloseable {

    private static final int BATCH = 1_000;

    private final List<String> columns = new ArrayList<>();
    private final Map<String, Object> template = new HashMap<>();
    private final PreparedStatement insert;
    private int pending;

    RowCloner(Connection connection, String table, long templateId) throws SQLException {
        columns.addAll(columnsOf(connection, table, false));
        try (PreparedStatement read = connection.prepareStatement("select * from " + table + " where id = ?")) {
            read.setLong(1, templateId);
            try (ResultSet rs = read.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException(table + " has no row " + templateId);
                }
                for (String column : columns) {
                    template.put(column, rs.getObject(column));
                }
            }
        }
        insert = connection.prepareStatement("insert into " + table + " (" + String.join(", ", columns)
                + ") values (" + "?, ".repeat(columns.size() - 1) + "?)");
    }

    /**
     * The table's columns in order (lower case): those the database computes ({@code generated}), or those an
     * insert writes.
     */
    static List<String> columnsOf(Connection connection, String table, boolean generated) throws SQLException {
        List<String> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select column_name, extra from "
                + "information_schema.columns where table_schema = database() and table_name = ? "
                + "order by ordinal_position")) {
            query.setString(1, table);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (String.valueOf(rs.getString(2)).toUpperCase().contains("GENERATED") == generated) {
                        found.add(rs.getString(1).toLowerCase());
                    }
                }
            }
        }
        return found;
    }

    void add(Map<String, Object> overrides) throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            insert.setObject(i + 1, overrides.containsKey(column) ? overrides.get(column) : template.get(column));
        }
        insert.addBatch();
        if (++pending == BATCH) {
            insert.executeBatch();
            pending = 0;
        }
    }

    /** Writes what is pending: call it parents first, so every foreign key finds its row. */
    void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        flush();
        insert.close();
    }
}
