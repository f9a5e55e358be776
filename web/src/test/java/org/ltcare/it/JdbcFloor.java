package org.ltcare.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * For benchmarks: the raw-JDBC floor of a piece of work on the same database in the same run — the rows it reads
 * read with plain queries, the rows it wrote read back and written again as JDBC batches into temporary copies of
 * their tables (dropped with the connection). What the application takes beyond this is its own cost.
 */
final class JdbcFloor implements AutoCloseable {

    private static final int BATCH = 1_000;

    private final Connection connection;
    private final long started = System.nanoTime();
    private long rowsRead;
    private long rowsWritten;

    JdbcFloor(DataSource dataSource) throws SQLException {
        this.connection = dataSource.getConnection();
    }

    /** Reads every row {@code select} finds, column by column, as the work's reads would. */
    JdbcFloor read(String select, Object... parameters) throws SQLException {
        try (PreparedStatement query = prepared(select, parameters); ResultSet rs = query.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
                rowsRead++;
            }
        }
        return this;
    }

    /** Writes the rows of {@code table} that {@code where} (on alias {@code t}) finds again, as JDBC batches. */
    JdbcFloor rewrite(String table, String where, Object... parameters) throws SQLException {
        String copy = "floor_" + table;
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create temporary table if not exists " + copy + " like " + table);
        }
        try (PreparedStatement query = prepared("select t.* from " + table + " t " + where, parameters);
             ResultSet rs = query.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            // columns the database computes are not written, as the application does not write them either
            List<String> generated = RowCloner.columnsOf(connection, table, true);
            List<Integer> written = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                if (!generated.contains(meta.getColumnName(i).toLowerCase())) {
                    written.add(i);
                    names.add(meta.getColumnName(i));
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into " + copy + " ("
                    + String.join(", ", names) + ") values (" + "?, ".repeat(names.size() - 1) + "?)")) {
                int pending = 0;
                while (rs.next()) {
                    for (int i = 0; i < written.size(); i++) {
                        insert.setObject(i + 1, rs.getObject(written.get(i)));
                    }
                    insert.addBatch();
                    rowsWritten++;
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        }
        return this;
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    long rowsRead() {
        return rowsRead;
    }

    long rowsWritten() {
        return rowsWritten;
    }

    private PreparedStatement prepared(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
