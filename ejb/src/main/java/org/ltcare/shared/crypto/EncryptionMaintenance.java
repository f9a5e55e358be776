package org.ltcare.shared.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings every encrypted column to the current key at start-up, before anything reads it: values stored before
 * encryption (a database migrated to V37) are encrypted and their blind index written, values of an older key
 * (after {@code ./run.sh rotate-data-key}) are re-encrypted with the current one. In batches, each committed on its
 * own, so a stop half-way loses nothing and the next start goes on; a value already current is never touched, so
 * running it again does nothing. The audit trail's sealed values keep their key (the trail is never rewritten).
 */
public final class EncryptionMaintenance {

    /** One encrypted column; {@code indexColumn} the blind index beside it (null: none). */
    record EncryptedColumn(String table, String key, String column, String indexColumn, String indexKind) {
    }

    static final List<EncryptedColumn> COLUMNS = List.of(
            new EncryptedColumn("insured_person", "id", "id_number", "id_number_index", "idNumber"),
            new EncryptedColumn("insured_person", "id", "phone", null, null),
            new EncryptedColumn("care_worker", "id", "id_number", "id_number_index", "idNumber"),
            new EncryptedColumn("care_worker", "id", "phone", null, null),
            new EncryptedColumn("assessment_application", "id", "contact_phone", null, null),
            new EncryptedColumn("care_institution", "organisation_id", "contact_phone", null, null),
            new EncryptedColumn("user_account", "id", "totp_secret", null, null));

    private static final Logger LOG = Logger.getLogger(EncryptionMaintenance.class.getName());
    private static final int BATCH = 500;

    private EncryptionMaintenance() {
    }

    /**
     * Checks the keys — a missing key file, or keys other than the database's ({@link KeyFingerprints}), stop the
     * start with the reason — and brings every column up to date.
     */
    public static int run(DataSource dataSource) {
        String current = FieldCipher.keys().currentId();
        int changed = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            KeyFingerprints.check(connection, FieldCipher.keys(), id -> inUse(connection, id));
            connection.setAutoCommit(false);
            for (EncryptedColumn column : COLUMNS) {
                changed += bringUpToDate(connection, column, current);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("encrypting the sensitive columns failed", e);
        }
        if (changed > 0) {
            LOG.info("Encryption at rest: " + changed + " value(s) encrypted with key '" + current + "'");
        }
        return changed;
    }

    /** Whether any column still holds a value encrypted with the key. */
    private static boolean inUse(Connection connection, String keyId) {
        for (EncryptedColumn column : COLUMNS) {
            try (PreparedStatement query = connection.prepareStatement("select 1 from " + column.table() + " where "
                    + column.column() + " like ? limit 1")) {
                query.setString(1, FieldCipher.PREFIX + keyId + ":%");
                try (ResultSet found = query.executeQuery()) {
                    if (found.next()) {
                        return true;
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("reading " + column.table() + "." + column.column(), e);
            }
        }
        return false;
    }

    private static int bringUpToDate(Connection connection, EncryptedColumn column, String current)
            throws SQLException {
        String select = "select " + column.key() + ", " + column.column() + " from " + column.table()
                + " where " + column.key() + " > ? and " + column.column() + " is not null and ("
                + column.column() + " not like ?" + (column.indexColumn() == null ? "" : " or "
                + column.indexColumn() + " is null") + ") order by " + column.key() + " limit " + BATCH;
        String update = "update " + column.table() + " set " + column.column() + " = ?"
                + (column.indexColumn() == null ? "" : ", " + column.indexColumn() + " = ?")
                + " where " + column.key() + " = ?";
        long after = Long.MIN_VALUE;
        int changed = 0;
        while (true) {
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(select)) {
                query.setLong(1, after);
                query.setString(2, FieldCipher.PREFIX + current + ":%");
                try (ResultSet found = query.executeQuery()) {
                    while (found.next()) {
                        rows.add(new Object[] {found.getLong(1), found.getString(2)});
                    }
                }
            }
            if (rows.isEmpty()) {
                connection.commit();
                return changed;
            }
            try (PreparedStatement write = connection.prepareStatement(update)) {
                for (Object[] row : rows) {
                    String stored = (String) row[1];
                    String plain = FieldCipher.decrypt(stored);
                    write.setString(1, FieldCipher.isCurrent(stored) ? stored : FieldCipher.encrypt(plain));
                    int next = 2;
                    if (column.indexColumn() != null) {
                        write.setString(next++, FieldCipher.blindIndex(column.indexKind(),
                                plain.trim().toUpperCase(Locale.ROOT)));
                    }
                    write.setLong(next, (Long) row[0]);
                    write.addBatch();
                }
                write.executeBatch();
            }
            connection.commit();
            changed += rows.size();
            after = (Long) rows.get(rows.size() - 1)[0];
        }
    }
}
