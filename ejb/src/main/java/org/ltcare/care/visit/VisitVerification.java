package org.ltcare.care.visit;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Whether a home visit proves care was delivered: it needs a check-out, and at least the rule set's minimum
 * duration between check-in and check-out (whole minutes, seconds dropped). Decided here only; settlement reads
 * the stored flag.
 */
public final class VisitVerification {

    private VisitVerification() {
    }

    public static Optional<UnverifiedReason> of(LocalDateTime checkedIn, LocalDateTime checkedOut, int minimumMinutes) {
        if (checkedOut == null) {
            return Optional.of(UnverifiedReason.NO_CHECK_OUT);
        }
        return minutes(checkedIn, checkedOut) < minimumMinutes ? Optional.of(UnverifiedReason.TOO_SHORT)
                : Optional.empty();
    }

    public static long minutes(LocalDateTime checkedIn, LocalDateTime checkedOut) {
        return Duration.between(checkedIn, checkedOut).toMinutes();
    }
}
