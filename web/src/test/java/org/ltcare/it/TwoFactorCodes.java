package org.ltcare.it;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ltcare.demo.DemoData;
import org.ltcare.shared.security.twofactor.Totp;

/**
 * The codes the tests type at the second step of a login: computed from the demo secret, which the demo logins and
 * the tests' own logins of roles that require a second factor are enrolled with. The server accepts each time step
 * once per account (RFC 6238 §5.2) and one step ahead of its clock, so a login takes the next step not yet used by
 * this account; more than two logins of one account within one 30-second step fail loudly instead of waiting.
 */
public final class TwoFactorCodes {

    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    private TwoFactorCodes() {
    }

    public static String next(String username) {
        long now = Totp.stepAt(Instant.now());
        long step = LAST_STEP.merge(username, now, (last, current) -> Math.max(last + 1, current));
        if (step > now + Totp.DRIFT_STEPS) {
            throw new IllegalStateException(username + " logged in more often than its codes allow: give the test a "
                    + "login of its own (IntegrationTest.ownLoginLike)");
        }
        return Totp.codeAt(DemoData.TWO_FACTOR_SECRET, step);
    }
}
