package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.ltcare.insured.IdNumber;
import org.ltcare.insured.InsuranceType;
import org.ltcare.insured.InsuredPerson;
import org.ltcare.insured.InsuredSearch;
import org.ltcare.insured.InsuredService;
import org.ltcare.insured.importing.InsuredRow;
import org.ltcare.shared.audit.AuditDiff;
import org.ltcare.shared.crypto.DataKeys;
import org.ltcare.shared.crypto.EncryptionMaintenance;
import org.ltcare.shared.crypto.FieldCipher;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * ID numbers and phone numbers at rest, read around the application with plain JDBC: no column of the database
 * holds a plain ID number, yet the registry still finds a person by it; a rotated key re-encrypts every value.
 */
class EncryptionAtRestIT extends IntegrationTest {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])");

    @Inject
    InsuredService insured;

    @Inject
    UserAccountRepository accounts;

    @Resource(lookup = "java:jboss/datasources/MySQLDS")
    DataSource dataSource;

    private Actor reviewer() {
        return accounts.findByUsername("reviewer").orElseThrow().toActor();
    }

    /** A person of the test's own, with a phone number no one else has. */
    private InsuredPerson registered(String phone) {
        IdNumber idNumber = IdNumber.parse(Insureds.freshIdNumber());
        return insured.register(reviewer(), new InsuredRow(1, idNumber, Insureds.nameFor("加密", idNumber.value()),
                InsuranceType.EMPLOYEE, "370200", LocalDate.of(2020, 1, 1), phone, "市南区测试路9号"));
    }

    private static String phone() {
        return "139" + String.format("%08d", new SecureRandom().nextInt(100_000_000));
    }

    @Test
    void idAndPhoneNumbersAreStoredEncryptedAndThePersonIsFoundByIdNumber() throws SQLException {
        String phone = phone();
        InsuredPerson person = registered(phone);
        String idNumber = person.getIdNumber().value();
        try (Connection sql = dataSource.getConnection();
             PreparedStatement read = sql.prepareStatement(
                     "select id_number, phone, id_number_index from insured_person where id = ?")) {
            read.setLong(1, person.getId());
            try (ResultSet row = read.executeQuery()) {
                assertTrue(row.next());
                assertTrue(row.getString(1).startsWith("v1:") && !row.getString(1).contains(idNumber),
                        row.getString(1));
                assertTrue(row.getString(2).startsWith("v1:") && !row.getString(2).contains(phone), row.getString(2));
                assertTrue(row.getString(3).matches("[0-9a-f]{64}"), "a blind index beside it");
            }
            List<String> audit = texts(sql, "select concat(coalesce(before_state, ''), coalesce(after_state, '')) "
                    + "from audit_log where entity_type = 'InsuredPerson' and entity_id = '" + person.getId() + "'");
            assertFalse(audit.isEmpty(), "the registration is audited");
            audit.forEach(state -> assertFalse(state.contains(idNumber) || state.contains(phone), state));
            assertTrue(AuditDiff.shown(audit.get(0), true).contains(phone), "the trail's reader sees it again");
        }
        List<InsuredPerson> found = insured.search(reviewer(), new InsuredSearch(null, person.getIdNumber(), null),
                0, 10);
        assertEquals(List.of(person.getId()), found.stream().map(InsuredPerson::getId).toList());
        assertEquals(phone, found.get(0).getPhone());
    }

    @Test
    void noTextColumnOfTheDatabaseHoldsAPlainIdNumber() throws SQLException {
        registered(phone());
        List<String> plain = new ArrayList<>();
        try (Connection sql = dataSource.getConnection()) {
            for (String column : texts(sql, "select concat('`', table_name, '`.`', column_name, '`') "
                    + "from information_schema.columns where table_schema = database() and data_type in "
                    + "('char', 'varchar', 'text', 'mediumtext', 'longtext')")) {
                String table = column.substring(0, column.indexOf('.'));
                for (String value : texts(sql, "select " + column + " from " + table + " where " + column
                        + " regexp '[0-9]{17}[0-9Xx]' limit 100")) {
                    Matcher candidate = ID_NUMBER.matcher(value);
                    while (candidate.find()) {
                        if (isIdNumber(candidate.group())) {
                            plain.add(column + ": " + IdNumber.parse(candidate.group()).masked());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), plain, "plain ID numbers in the database");
    }

    @Test
    void aNewKeyReEncryptsEveryValueAndTheOldOneStaysForWhatItSealed() throws SQLException, IOException {
        InsuredPerson person = registered(phone());
        String keyFile = Files.readString(Path.of(System.getenv(DataKeys.FILE_VARIABLE)));
        String current = FieldCipher.currentKeyId();
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String id = "rotation-" + UniqueNumbers.next(); // its fingerprint stays recorded: a new id each time
        String newKey = "\nkey." + id + "=" + Base64.getEncoder().encodeToString(bytes) + "\n";
        try {
            FieldCipher.use(DataKeys.parse(keyFile.replace("current=" + current, "current=" + id) + newKey,
                    "rotated"));
            assertTrue(EncryptionMaintenance.run(dataSource) > 0, "values re-encrypted");
            assertEquals(0, outdated(id), "every value under the new key");
            assertEquals(person.getId(), insured.findByIdNumber(reviewer(), person.getIdNumber()).getId());
        } finally {
            // Back to the key file's current key; the test's key stays known for anything it sealed meanwhile.
            FieldCipher.use(DataKeys.parse(keyFile + newKey, "restored"));
            EncryptionMaintenance.run(dataSource);
        }
        assertEquals(0, outdated(current), "every value under the key file's key again");
        assertEquals(person.getPhone(), insured.findByIdNumber(reviewer(), person.getIdNumber()).getPhone());
    }

    @Test
    void aNodeWhoseKeysAreNotTheDatabasesIsRefused() throws IOException {
        registered(phone()); // a value under the key file's current key
        String keyFile = Files.readString(Path.of(System.getenv(DataKeys.FILE_VARIABLE)));
        String current = FieldCipher.currentKeyId();
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String otherKey = Base64.getEncoder().encodeToString(bytes);
        try {
            // as the run command on another machine makes it: the same id, another key
            FieldCipher.use(DataKeys.parse(keyFile.replaceAll("(?m)^key\\." + current + "=.*$", "key." + current + "="
                    + otherKey), "another machine's"));
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> EncryptionMaintenance.run(dataSource));
            assertTrue(refused.getMessage().contains("key '" + current + "' is not the key"), refused.getMessage());
            FieldCipher.use(DataKeys.parse(keyFile.replaceAll("(?m)^index=.*$", "index=" + otherKey), "other index"));
            refused = assertThrows(IllegalStateException.class, () -> EncryptionMaintenance.run(dataSource));
            assertTrue(refused.getMessage().contains("blind-index key"), refused.getMessage());
        } finally {
            FieldCipher.use(DataKeys.parse(keyFile, "restored"));
        }
        assertEquals(0, EncryptionMaintenance.run(dataSource), "the key file's keys agree and change nothing");
    }

    /** Values of the encrypted columns not under {@code key}. */
    private long outdated(String key) throws SQLException {
        long outdated = 0;
        try (Connection sql = dataSource.getConnection()) {
            for (String[] column : new String[][] {{"insured_person", "id_number"}, {"insured_person", "phone"},
                {"care_worker", "id_number"}, {"assessment_application", "contact_phone"}}) {
                outdated += Long.parseLong(texts(sql, "select count(*) from " + column[0] + " where " + column[1]
                        + " is not null and " + column[1] + " not like 'v1:" + key + ":%'").get(0));
            }
        }
        return outdated;
    }

    private static boolean isIdNumber(String text) {
        try {
            IdNumber.parse(text);
            return true;
        } catch (RuntimeException notOne) {
            return false;
        }
    }

    private static List<String> texts(Connection sql, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = sql.prepareStatement(query); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
