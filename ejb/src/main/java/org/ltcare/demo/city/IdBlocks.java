package org.ltcare.demo.city;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reserves a block of ids in the application's id table ({@code id_generator}, the table Hibernate's pooled
 * generators read), so that rows written here with JDBC never meet an id the application hands out later. A margin
 * of one allocation on each side keeps clear of the block an application node may hold at this moment.
 */
final class IdBlocks {

    /** Larger than every generator's allocation size. */
    private static final long MARGIN = 1_000;

    private IdBlocks() {
    }

    /** The first of {@code count} consecutive ids of {@code table} that nobody else will use. */
    static long reserve(Connection connection, String table, long count) throws SQLException {
        // one atomic statement (no transaction of our own on a container's connection): LAST_INSERT_ID(expr)
        // hands the updated value back to this connection alone
        try (PreparedStatement update = connection.prepareStatement(
                "update id_generator set next_val = last_insert_id(next_val + ?) where name = ?");
             PreparedStatement read = connection.prepareStatement("select last_insert_id()")) {
            update.setLong(1, count + 2 * MARGIN);
            update.setString(2, table);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no id generator row for " + table);
            }
            try (ResultSet rs = read.executeQuery()) {
                rs.next();
                return rs.getLong(1) - count - MARGIN;
            }
        }
    }
}
