package org.ltcare.demo.city;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Inserts rows of one table in JDBC batches of {@value #BATCH} (the data source's URL rewrites a batch into one
 * multi-row insert). Close it, or {@link #flush()} it, parents before children, so that foreign keys find their rows.
 */
final class BatchInsert implements AutoCloseable {

    private static final int BATCH = 2_000;

    private final PreparedStatement insert;
    private final int columns;
    private int pending;
    private long written;
    private BatchInsert parent;

    BatchInsert(Connection connection, String table, String... columnNames) throws SQLException {
        this.columns = columnNames.length;
        this.insert = connection.prepareStatement("insert into " + table + " (" + String.join(", ", columnNames)
                + ") values (" + "?, ".repeat(columns - 1) + "?)");
    }

    /** Rows of this table refer to rows of {@code parent}: its pending rows are written before this table's. */
    BatchInsert after(BatchInsert parent) {
        this.parent = parent;
        return this;
    }

    void add(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException(values.length + " values for " + columns + " columns");
        }
        for (int i = 0; i < columns; i++) {
            insert.setObject(i + 1, values[i]);
        }
        insert.addBatch();
        written++;
        if (++pending == BATCH) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (parent != null) {
            parent.flush();
        }
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    long written() {
        return written;
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            insert.close();
        }
    }
}
