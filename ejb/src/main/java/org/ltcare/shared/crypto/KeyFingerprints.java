package org.ltcare.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The data keys' fingerprints, kept in the database ({@code data_key_fingerprint}, V53) — each says whether a key is
 * the same as another, never what it is. Every node compares its keys with them as it starts (issue 24): a node given
 * other keys — another machine whose run command made a key file of its own, a key file copied before a rotation —
 * refuses to start with the reason, instead of writing values and blind indexes the other nodes cannot read or find.
 * The first node to start with a key records its fingerprint.
 */
final class KeyFingerprints {

    /** The blind-index key's name among the fingerprints: no key id, as ids have no ':'. */
    static final String INDEX = ":index";
    private static final byte[] CHECKED = "ltcare data key fingerprint".getBytes(StandardCharsets.US_ASCII);

    private KeyFingerprints() {
    }

    /** Every key's fingerprint by id, the blind-index key's under {@link #INDEX}. */
    static Map<String, String> of(DataKeys keys) {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        for (String id : keys.ids()) {
            fingerprints.put(id, fingerprint(keys.key(id)));
        }
        fingerprints.put(INDEX, fingerprint(keys.indexKey()));
        return fingerprints;
    }

    /**
     * Why these keys cannot serve the database: a key other than the one recorded under its id, or a recorded key
     * they lack while values are still encrypted with it ({@code inUse}). Empty when they agree.
     */
    static List<String> problems(Map<String, String> ours, Map<String, String> recorded, Predicate<String> inUse) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> key : ours.entrySet()) {
            String theirs = recorded.get(key.getKey());
            if (theirs != null && !theirs.equals(key.getValue())) {
                problems.add(INDEX.equals(key.getKey()) ? "the blind-index key ('index') is not the one the "
                        + "database's indexes were made with" : "key '" + key.getKey() + "' is not the key '"
                        + key.getKey() + "' the database's values were encrypted with");
            }
        }
        for (String id : recorded.keySet()) {
            if (!ours.containsKey(id) && inUse.test(id)) {
                problems.add("values are encrypted with key '" + id + "', which this node does not have");
            }
        }
        return problems;
    }

    /** Records the fingerprints not recorded yet, then compares all; throws with the reasons when they differ. */
    static void check(Connection connection, DataKeys keys, Predicate<String> inUse) throws SQLException {
        Map<String, String> ours = of(keys);
        try (PreparedStatement insert = connection.prepareStatement(
                "insert ignore into data_key_fingerprint (key_id, fingerprint) values (?, ?)")) {
            for (Map.Entry<String, String> key : ours.entrySet()) {
                insert.setString(1, key.getKey());
                insert.setString(2, key.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Map<String, String> recorded = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select key_id, fingerprint from data_key_fingerprint"); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                recorded.put(rows.getString(1), rows.getString(2));
            }
        }
        List<String> problems = problems(ours, recorded, inUse);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("数据密钥与数据库不符，本节点不启动 / this node's data keys do not match the "
                    + "database's: " + String.join("; ", problems) + ". Give every node the same keys ("
                    + DataKeys.INLINE_VARIABLE + ", or a copy of the one key file through " + DataKeys.FILE_VARIABLE
                    + ").");
        }
    }

    private static String fingerprint(SecretKey key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(CHECKED));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
