package org.ltcare.launcher.cluster;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.ltcare.launcher.DatabaseConnection;

/**
 * What the cluster test reads in the cluster's one database: the runs, their nodes, the claims and payments — read
 * directly, so that a page that shows too little cannot hide a duplicate or a loss.
 */
final class ClusterDatabase implements AutoCloseable {

    /** A claim run's row: status, progress, and the name of the node running it. */
    record Run(long id, String status, int done, int total, String node) {
        boolean midway() {
            return "RUNNING".equals(status) && done > 0 && done < total;
        }
    }

    /** A month's generated claims of the region, summed: what two runs of the same month must agree on. */
    record MonthTotals(long claims, long lines, long billableDays, BigDecimal totalFee, BigDecimal fundShare) {
    }

    private final Connection connection;

    ClusterDatabase(Path dataDir, int port) throws Exception {
        String password = Files.readString(dataDir.resolve("db-password")).trim();
        DatabaseConnection db = DatabaseConnection.embedded(port, password);
        this.connection = DriverManager.getConnection(db.url(), db.user(), db.password());
        connection.setAutoCommit(true);
    }

    List<Run> claimRuns(String region, String month) throws SQLException {
        return runs("select r.id, r.status, r.done, r.total, n.node_name from claim_run r left join app_node n "
                + "on n.boot_id = r.node_boot where r.region_code = ? and r.month = ? order by r.id", region, month);
    }

    List<Run> payoutBatches(String cycle) throws SQLException {
        return runs("select b.id, b.status, b.paid_count, b.claim_count, n.node_name from payout_batch b "
                + "left join app_node n on n.boot_id = b.node_boot where b.cycle = ? order by b.id", cycle);
    }

    MonthTotals monthTotals(String region, String month) throws SQLException {
        try (PreparedStatement q = prepared("select count(distinct c.id), count(l.id), "
                + "coalesce(sum(l.billable_days), 0), coalesce(sum(l.total_fee), 0), coalesce(sum(l.fund_share), 0) "
                + "from care_claim c "
                + "join organisation o on o.id = c.institution_id left join care_claim_line l on l.claim_id = c.id "
                + "where o.region_code = ? and c.month = ?", region, month); ResultSet rs = q.executeQuery()) {
            rs.next();
            return new MonthTotals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4),
                    rs.getBigDecimal(5));
        }
    }

    /** The settlement cycle of the month's approved claims waiting for a batch (the city's working month). */
    String payableCycle(String region, String month) throws SQLException {
        return text("select min(c.cycle) from care_claim c join organisation o on o.id = c.institution_id "
                + "where o.region_code = ? and c.month = ? and c.status = 'APPROVED' and not exists "
                + "(select 1 from payout p where p.claim_id = c.id)", region, month);
    }

    int update(String sql) throws SQLException {
        try (PreparedStatement statement = prepared(sql)) {
            return statement.executeUpdate();
        }
    }

    long count(String select, Object... parameters) throws SQLException {
        return Long.parseLong(text(select, parameters));
    }

    List<String> texts(String select) throws SQLException {
        List<String> texts = new ArrayList<>();
        try (PreparedStatement q = prepared(select); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                texts.add(rs.getString(1));
            }
        }
        return texts;
    }

    String text(String select, Object... parameters) throws SQLException {
        try (PreparedStatement q = prepared(select, parameters); ResultSet rs = q.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private List<Run> runs(String select, Object... parameters) throws SQLException {
        List<Run> runs = new ArrayList<>();
        try (PreparedStatement q = prepared(select, parameters); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                runs.add(new Run(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5)));
            }
        }
        return runs;
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
