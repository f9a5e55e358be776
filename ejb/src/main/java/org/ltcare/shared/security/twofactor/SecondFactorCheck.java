package org.ltcare.shared.security.twofactor;

import java.time.Instant;
import java.util.OptionalLong;
import org.ltcare.shared.security.UserAccount;

/** The one check of a typed second factor: a TOTP code of the account's secret, used once, or an unused recovery code. */
public final class SecondFactorCheck {

    public enum Match { TOTP, RECOVERY_CODE, NONE }

    private SecondFactorCheck() {
    }

    /** Checks {@code typed} and, if it matches, uses it up (the step, or the recovery code). */
    public static Match check(UserAccount account, String typed, Instant now) {
        if (!account.isSecondFactorEnrolled() || typed == null || typed.isBlank()) {
            return Match.NONE;
        }
        if (RecoveryCodes.looksLikeOne(typed)) {
            return account.useRecoveryCode(RecoveryCodes.hash(typed)) ? Match.RECOVERY_CODE : Match.NONE;
        }
        return totp(account, typed, now) ? Match.TOTP : Match.NONE;
    }

    /** A TOTP code only (renewing the recovery codes needs the phone itself). */
    public static boolean totp(UserAccount account, String typed, Instant now) {
        if (!account.isSecondFactorEnrolled()) {
            return false;
        }
        OptionalLong step = Totp.matchingStep(account.getTotpSecret(), typed, now);
        return step.isPresent() && account.acceptTimeStep(step.getAsLong());
    }
}
