package org.ltcare.shared.security.twofactor;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Time-based one-time passwords (RFC 6238) as every authenticator app makes them: HMAC-SHA1, six digits, 30-second
 * steps, a 160-bit Base32 secret. A code is accepted from the step before to the step after the server's clock, so
 * that a phone a little fast or slow, or a code typed at the turn of a step, still works.
 */
public final class Totp {

    public static final int PERIOD_SECONDS = 30;
    public static final int DIGITS = 6;
    /** Steps of clock difference accepted either way. */
    public static final int DRIFT_STEPS = 1;

    private static final DefaultCodeGenerator CODES = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    private Totp() {
    }

    public static String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    public static long stepAt(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), PERIOD_SECONDS);
    }

    /** The code of {@code secret} for time step {@code step}. */
    public static String codeAt(String secret, long step) {
        try {
            return CODES.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalArgumentException("not a Base32 TOTP secret", e);
        }
    }

    /** The time step (within the drift allowed around {@code now}) whose code is {@code code}, if any. */
    public static OptionalLong matchingStep(String secret, String code, Instant now) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!typed.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            if (MessageDigest.isEqual(codeAt(secret, step).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The {@code otpauth://} address an authenticator app reads from the QR code. */
    public static String otpauthUri(String secret, String account, String issuer) {
        return qrData(secret, account, issuer).getUri();
    }

    /** The enrolment QR code as a PNG data URI (the page's policy allows {@code data:} images). */
    public static String qrDataUri(String secret, String account, String issuer) {
        ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
        generator.setImageSize(240);
        try {
            return Utils.getDataUriForImage(generator.generate(qrData(secret, account, issuer)),
                    generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("the QR code could not be drawn", e);
        }
    }

    private static QrData qrData(String secret, String account, String issuer) {
        return new QrData.Builder().label(account).secret(secret).issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build();
    }
}
