package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.ltcare.shared.audit.AuditChain;
import org.ltcare.shared.audit.ChainVerification;
import org.ltcare.shared.audit.ChainVerification.Problem;
import org.ltcare.shared.audit.SecurityEvents;

/**
 * The audit chain against changes made around the application with plain SQL (what someone with the database's
 * password could do): a changed entry, a deleted entry and an entry written without a seal are each named by the
 * verification. Every test puts the row back as it was, so the chain is whole again for everyone else, and checks
 * that too.
 */
class AuditChainIT extends IntegrationTest {

    @Inject
    AuditChain chain;

    @Inject
    SecurityEvents events;

    @Resource(lookup = "java:jboss/datasources/MySQLDS")
    DataSource dataSource;

    @Test
    void aChangedEntryIsNamedByTheVerification() throws SQLException {
        long entry = anEntry();
        assertIntact(chain.verify());
        try (Connection sql = dataSource.getConnection()) {
            String original = text(sql, "select after_state from audit_log where id = " + entry);
            update(sql, "update audit_log set after_state = ? where id = ?", "{\"path\":\"/somewhere-else\"}", entry);
            try {
                assertBrokenAt(entry, Problem.CONTENT_CHANGED, chain.verify());
            } finally {
                update(sql, "update audit_log set after_state = ? where id = ?", original, entry);
            }
        }
        assertIntact(chain.verify());
    }

    @Test
    void aDeletedEntryIsNamedByTheVerification() throws SQLException {
        long entry = anEntry();
        assertIntact(chain.verify());
        try (Connection sql = dataSource.getConnection(); Statement statement = sql.createStatement()) {
            statement.execute("create temporary table kept_entry as select * from audit_log where id = " + entry);
            statement.execute("delete from audit_log where id = " + entry);
            try {
                assertBrokenAt(entry, Problem.ENTRY_DELETED, chain.verify());
            } finally {
                statement.execute("insert into audit_log select * from kept_entry");
                statement.execute("drop temporary table kept_entry");
            }
        }
        assertIntact(chain.verify());
    }

    @Test
    void anEntryWrittenAroundTheApplicationIsNamedByTheVerification() throws SQLException {
        assertIntact(chain.verify());
        long forged = Long.MAX_VALUE - System.nanoTime() % 1_000_000;
        try (Connection sql = dataSource.getConnection(); Statement statement = sql.createStatement()) {
            statement.execute("insert into audit_log (id, occurred_at, actor_username, entity_type, entity_id, action)"
                    + " values (" + forged + ", now(3), 'someone', 'CareClaim', '1', 'APPROVE_CLAIM')");
            try {
                ChainVerification found = chain.verify();
                assertEquals(Problem.UNSEALED_ENTRY, found.firstBreak().orElseThrow().problem(), found.toString());
                assertEquals(1, found.unsealedEntries());
            } finally {
                statement.execute("delete from audit_log where id = " + forged);
            }
        }
        assertIntact(chain.verify());
    }

    /** A committed entry of its own (a refused request by a user nobody else has), sealed: its id. */
    private long anEntry() throws SQLException {
        String user = "chain-" + System.nanoTime();
        events.accessDenied(user, "GET", "/care/claims.xhtml", "192.0.2.7");
        try (Connection sql = dataSource.getConnection()) {
            return Long.parseLong(text(sql, "select id from audit_log where actor_username = '" + user + "'"));
        }
    }

    private static void assertIntact(ChainVerification verification) {
        assertTrue(verification.intact(), verification.toString());
        assertEquals(0, verification.unsealedEntries());
        assertTrue(verification.checked() > 0);
    }

    private static void assertBrokenAt(long entry, Problem problem, ChainVerification verification) {
        ChainVerification.Break broken = verification.firstBreak().orElseThrow(() ->
                new AssertionError("not found: " + verification));
        assertEquals(problem, broken.problem(), verification.toString());
        assertEquals(entry, broken.entryId(), verification.toString());
    }

    private static String text(Connection sql, String query) throws SQLException {
        try (Statement statement = sql.createStatement(); ResultSet row = statement.executeQuery(query)) {
            if (!row.next()) {
                throw new AssertionError("no row: " + query);
            }
            return row.getString(1);
        }
    }

    private static void update(Connection sql, String statement, String value, long id) throws SQLException {
        try (PreparedStatement update = sql.prepareStatement(statement)) {
            update.setString(1, value);
            update.setLong(2, id);
            assertEquals(1, update.executeUpdate());
        }
    }
}
