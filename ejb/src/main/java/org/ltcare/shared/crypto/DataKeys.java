package org.ltcare.shared.crypto;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys of the data encrypted at rest, kept outside the database: AES-256 keys by id (the current one encrypts,
 * every one decrypts what it encrypted) and one HMAC key for the blind indexes. Read from the file named by
 * {@code LTC_DATA_KEY_FILE} (the run command creates {@code data/data-keys.properties} for the embedded database), or
 * from {@code LTC_DATA_KEYS} holding the same lines separated by semicolons (a container's secret):
 * <pre>
 * current=k2
 * key.k1=&lt;base64 of 32 random bytes&gt;
 * key.k2=&lt;base64 of 32 random bytes&gt;
 * index=&lt;base64 of 32 random bytes&gt;
 * </pre>
 */
public final class DataKeys {

    public static final String FILE_VARIABLE = "LTC_DATA_KEY_FILE";
    public static final String INLINE_VARIABLE = "LTC_DATA_KEYS";
    private static final int KEY_BYTES = 32;

    private final String currentId;
    private final Map<String, SecretKey> keys;
    private final SecretKey indexKey;

    private DataKeys(String currentId, Map<String, SecretKey> keys, SecretKey indexKey) {
        this.currentId = currentId;
        this.keys = Map.copyOf(keys);
        this.indexKey = indexKey;
    }

    /** The keys the environment names; a missing or broken key file stops the application with the reason. */
    public static DataKeys fromEnvironment() {
        String inline = setting(INLINE_VARIABLE);
        if (inline != null && !inline.isBlank()) {
            return parse(inline.replace(';', '\n'), INLINE_VARIABLE);
        }
        String file = setting(FILE_VARIABLE);
        if (file == null || file.isBlank()) {
            throw new IllegalStateException("no data keys: set " + FILE_VARIABLE + " (a key file outside the "
                    + "database; ./run.sh creates data/data-keys.properties) or " + INLINE_VARIABLE);
        }
        try {
            return parse(Files.readString(Path.of(file)), file);
        } catch (IOException e) {
            throw new UncheckedIOException("the data key file " + file + " cannot be read", e);
        }
    }

    /** An environment variable, or the system property of the same name (tests outside the server). */
    private static String setting(String name) {
        String value = System.getenv(name);
        return value != null ? value : System.getProperty(name);
    }

    /** The keys a key file of this text holds ({@code source} names it in error messages). */
    public static DataKeys parse(String text, String source) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("key.")) {
                keys.put(name.substring(4), key(properties.getProperty(name), name, source, "AES"));
            }
        }
        String current = properties.getProperty("current", "").trim();
        if (!keys.containsKey(current)) {
            throw new IllegalStateException(source + ": 'current' must name one of the keys " + keys.keySet());
        }
        if (current.contains(":")) {
            throw new IllegalStateException(source + ": a key id may not contain ':'");
        }
        return new DataKeys(current, keys, key(properties.getProperty("index"), "index", source, "HmacSHA256"));
    }

    private static SecretKey key(String base64, String name, String source, String algorithm) {
        if (base64 == null) {
            throw new IllegalStateException(source + ": '" + name + "' is missing");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + ": '" + name + "' is not Base64", e);
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException(source + ": '" + name + "' must be 32 bytes (256 bits)");
        }
        return new SecretKeySpec(bytes, algorithm);
    }

    public String currentId() {
        return currentId;
    }

    /** The ids of the encryption keys (not the blind-index key). */
    java.util.Set<String> ids() {
        return keys.keySet();
    }

    SecretKey current() {
        return keys.get(currentId);
    }

    SecretKey key(String id) {
        SecretKey key = keys.get(id);
        if (key == null) {
            throw new IllegalStateException("data encrypted with key '" + id + "', which the key file no longer has");
        }
        return key;
    }

    SecretKey indexKey() {
        return indexKey;
    }
}
