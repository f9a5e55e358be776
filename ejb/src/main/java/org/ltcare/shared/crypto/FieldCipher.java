package org.ltcare.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encryption of single values at rest (ID numbers, phone numbers; PIPL's sensitive personal information) with the
 * JDK's AES-GCM: a random 96-bit nonce per value and a 128-bit tag, stored as {@code v1:<key id>:<base64url of nonce
 * and ciphertext>}, so a value names the key that opens it and keys can be rotated. The same value encrypts
 * differently every time: equality is searched through a keyed blind index (HMAC-SHA256), never the ciphertext.
 * A value without the prefix was stored before encryption and is read as it is (until {@code EncryptionMaintenance}
 * encrypts it).
 */
public final class FieldCipher {

    static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * One AES-GCM cipher per thread, initialised again for every value: {@code Cipher.getInstance} searches the
     * providers and a new instance expands the key each time — a list of 70 people's masked ID numbers did both 70
     * times (issue 23's API profile). A fresh random nonce per encryption keeps GCM's rule against re-use.
     */
    private static final ThreadLocal<Cipher> GCM = ThreadLocal.withInitial(FieldCipher::newGcm);
    private static volatile DataKeys keys;

    private FieldCipher() {
    }

    /** The keys in use: from the environment, once. */
    static DataKeys keys() {
        DataKeys loaded = keys;
        if (loaded == null) {
            synchronized (FieldCipher.class) {
                if (keys == null) {
                    keys = DataKeys.fromEnvironment();
                }
                loaded = keys;
            }
        }
        return loaded;
    }

    /** Uses {@code dataKeys} from now on (start-up check, tests outside the server). */
    public static void use(DataKeys dataKeys) {
        keys = dataKeys;
    }

    /** The id of the key new values are encrypted with. */
    public static String currentKeyId() {
        return keys().currentId();
    }

    public static String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        DataKeys current = keys();
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = GCM.get();
            cipher.init(Cipher.ENCRYPT_MODE, current.current(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + current.currentId() + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java platform", e);
        }
    }

    public static String decrypt(String stored) {
        if (stored == null || !isEncrypted(stored)) {
            return stored;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        String keyId = stored.substring(PREFIX.length(), colon);
        byte[] bytes = Base64.getUrlDecoder().decode(stored.substring(colon + 1));
        try {
            Cipher cipher = GCM.get();
            cipher.init(Cipher.DECRYPT_MODE, keys().key(keyId), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored value does not open with key '" + keyId + "' (changed?)", e);
        }
    }

    private static Cipher newGcm() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java platform", e);
        }
    }

    public static boolean isEncrypted(String stored) {
        return stored != null && stored.startsWith(PREFIX) && stored.indexOf(':', PREFIX.length()) > 0;
    }

    /** Whether {@code stored} is encrypted with the current key (else the maintenance re-encrypts it). */
    public static boolean isCurrent(String stored) {
        return stored != null && stored.startsWith(PREFIX + keys().currentId() + ":");
    }

    /**
     * The blind index of {@code value} of kind {@code kind} (e.g. "idNumber"): 64 hex digits that find an exact
     * value without revealing it; the kind keeps an ID number's index from matching a phone's.
     */
    public static String blindIndex(String kind, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys().indexKey());
            return HexFormat.of().formatHex(mac.doFinal((kind + ":" + value).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java platform", e);
        }
    }
}
