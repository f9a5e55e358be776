package org.ltcare.demo.city;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A pooled connection set up for loading generated rows: foreign-key and unique checks off while it writes (the
 * generator makes the rows consistent itself; the checks cost the server a lookup per row and index), and on again
 * before the connection goes back to the pool.
 */
final class BulkSession implements AutoCloseable {

    private final Connection connection;

    BulkSession(DataSource dataSource) throws SQLException {
        this.connection = dataSource.getConnection();
        set(0);
    }

    Connection connection() {
        return connection;
    }

    private void set(int checks) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set session foreign_key_checks = " + checks + ", unique_checks = " + checks);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            set(1);
        } finally {
            connection.close();
        }
    }
}
