package org.ltcare.shared.security.twofactor;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ltcare.shared.Sha256;

/**
 * The ten one-time codes that stand in for the phone when it is lost (e.g. {@code 4abc-9xyz-…}, about 80 bits
 * each): shown once, kept as SHA-256 only. A typed code is read without case, spaces or dashes.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;

    private RecoveryCodes() {
    }

    public static List<String> generate() {
        return Arrays.asList(new RecoveryCodeGenerator().generateCodes(COUNT));
    }

    public static String hash(String code) {
        return Sha256.hex(normalised(code));
    }

    /** Whether {@code typed} could be a recovery code at all (not a six-digit TOTP code). */
    public static boolean looksLikeOne(String typed) {
        return typed != null && normalised(typed).length() == 16;
    }

    private static String normalised(String code) {
        return code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
