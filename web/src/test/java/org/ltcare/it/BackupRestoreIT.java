package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.ltcare.launcher.DatabaseBackup;
import org.ltcare.launcher.DatabaseConnection;
import org.ltcare.shared.audit.ChainLink;

/**
 * The run command's backup and restore ({@code ./run.sh backup}, {@code restore}) on the test database while the
 * application works on it: a backup restored into a new database holds every paid claim and every conclusion of the
 * moment it was taken, and its audit chain verifies from the first seal to the head. The launcher's types appear in
 * local variables only (no lambdas over them): the class is in the server's deployment too, which has no launcher.
 */
@RunAsClient
class BackupRestoreIT extends IntegrationTest {

    private static final String PAID_CLAIMS = "select c.id, c.institution_id, c.month, c.status, p.payable, p.deposit, "
            + "p.paid, p.reference from care_claim c join payout p on p.claim_id = c.id where p.status = 'PAID' "
            + "order by c.id";
    private static final String CONCLUSIONS = "select id, document_number, insured_id, grade, adl_score, "
            + "cognition_score, perception_score, rule_set_code from assessment_conclusion order by id";

    @Test
    void aBackupRestoredIntoANewDatabaseHasEveryPaidClaimConclusionAndAnIntactAuditChain() throws Exception {
        DatabaseConnection live = new DatabaseConnection(System.getProperty("it.mysql.url"),
                System.getProperty("it.mysql.user"), System.getProperty("it.mysql.password"));
        DatabaseBackup tools = new DatabaseBackup(Path.of(System.getProperty("it.db.bin")));
        List<String> paid = rows(live.url(), live.user(), live.password(), PAID_CLAIMS);
        List<String> conclusions = rows(live.url(), live.user(), live.password(), CONCLUSIONS);
        assertFalse(paid.isEmpty(), "the demo's settled months have paid claims");
        assertFalse(conclusions.isEmpty(), "and conclusions");

        Path file = Path.of(System.getProperty("backups.dir")).resolve("it-" + System.nanoTime() + ".sql.gz");
        tools.backup(live, file);
        assertTrue(Files.size(file) > 10_000, "a compressed dump: " + Files.size(file));

        DatabaseConnection restored = live.withDatabase("ltcare_restore_"
                + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        try {
            tools.restore(file, restored, false);
            List<String> restoredPaid = rows(restored.url(), restored.user(), restored.password(), PAID_CLAIMS);
            assertTrue(restoredPaid.containsAll(paid), "every claim paid before the backup, as it was");
            assertTrue(rows(restored.url(), restored.user(), restored.password(), CONCLUSIONS).containsAll(conclusions), "every conclusion");
            assertEquals("intact", chainOf(restored.url(), restored.user(), restored.password()), "the restored audit chain verifies");
            String refused = null;
            try {
                tools.restore(file, restored, false);
            } catch (IllegalStateException notEmpty) {
                refused = notEmpty.getMessage();
            }
            assertTrue(refused != null && refused.contains("not empty"), "a backup is never loaded over data");
        } finally {
            try (Connection server = DriverManager.getConnection(restored.serverUrl(), restored.user(),
                    restored.password()); Statement sql = server.createStatement()) {
                sql.execute("DROP DATABASE IF EXISTS `" + restored.database() + "`");
            }
            Files.deleteIfExists(file);
        }
    }

    /**
     * The application's chain verification over another database, with plain JDBC: every seal in order, each
     * hash recomputed from its entry and the previous hash, the head at the last one, no entry left unsealed.
     */
    private static String chainOf(String url, String user, String password) throws Exception {
        try (Connection sql = DriverManager.getConnection(url, user, password);
             PreparedStatement seals = sql.prepareStatement("select s.seq, s.hash, a.id, date_format(a.occurred_at, "
                     + "'%Y-%m-%d %H:%i:%s.%f'), a.actor_username, a.actor_org_id, a.entity_type, a.entity_id, "
                     + "a.action, a.before_state, a.after_state from audit_seal s left join audit_log a "
                     + "on a.id = s.entry_id order by s.seq");
             ResultSet row = seals.executeQuery()) {
            String previous = ChainLink.GENESIS;
            long expected = 1;
            while (row.next()) {
                long seq = row.getLong(1);
                if (seq != expected || row.getObject(3) == null) {
                    return "seal " + expected + " missing or its entry deleted";
                }
                ChainLink link = new ChainLink(row.getLong(3), row.getString(4), row.getString(5),
                        (Long) row.getObject(6, Long.class), row.getString(7), row.getString(8), row.getString(9),
                        row.getString(10), row.getString(11));
                if (!link.hash(seq, previous).equals(row.getString(2))) {
                    return "entry " + row.getLong(3) + " changed";
                }
                previous = row.getString(2);
                expected++;
            }
            List<String> head = rows(sql, "select seq, hash from audit_chain_head where id = 1");
            assertNotNull(head);
            if (expected == 1 || !head.equals(List.of((expected - 1) + "|" + previous))) {
                return "head " + head + " is not the last seal " + (expected - 1);
            }
            List<String> unsealed = rows(sql, "select count(*) from audit_log a where not exists (select 1 from "
                    + "audit_seal s where s.entry_id = a.id) and not exists (select 1 from audit_pending p "
                    + "where p.entry_id = a.id)");
            return unsealed.equals(List.of("0")) ? "intact" : unsealed + " entries unsealed";
        }
    }

    private static List<String> rows(String url, String user, String password, String query) throws Exception {
        try (Connection sql = DriverManager.getConnection(url, user, password)) {
            return rows(sql, query);
        }
    }

    /** Each row as its columns joined by "|". */
    private static List<String> rows(Connection sql, String query) throws Exception {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement statement = sql.prepareStatement(query); ResultSet result = statement.executeQuery()) {
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    values.add(String.valueOf(result.getObject(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
