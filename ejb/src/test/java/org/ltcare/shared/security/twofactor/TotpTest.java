package org.ltcare.shared.security.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 appendix B's SHA-1 seed, "12345678901234567890", in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void theCodesAreThoseOfRfc6238AppendixB() {
        // The RFC lists eight digits; authenticator apps show the last six.
        assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
    }

    @Test
    void aCodeOfTheStepBeforeOrAfterIsAcceptedOneFurtherIsNot() {
        Instant now = Instant.ofEpochSecond(1111111109);
        long step = Totp.stepAt(now);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step + 1), now)).hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step + 2), now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step - 2), now)).isEmpty();
    }

    @Test
    void spacesAreIgnoredAndAnythingButSixDigitsIsRefused() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.matchingStep(RFC_SECRET, "287 082", now)).hasValue(1);
        assertThat(Totp.matchingStep(RFC_SECRET, "28708", now)).isEqualTo(OptionalLong.empty());
        assertThat(Totp.matchingStep(RFC_SECRET, "2870822", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, null, now)).isEmpty();
    }

    @Test
    void aNewSecretIs160BitsOfBase32AndTheQrCodeIsAPng() {
        String secret = Totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Totp.newSecret()).isNotEqualTo(secret);
        assertThat(Totp.otpauthUri(secret, "reviewer", "LTC Case Manager"))
                .startsWith("otpauth://totp/").contains("secret=" + secret).contains("issuer=LTC");
        assertThat(Totp.qrDataUri(secret, "reviewer", "LTC Case Manager")).startsWith("data:image/png;base64,");
    }
}
