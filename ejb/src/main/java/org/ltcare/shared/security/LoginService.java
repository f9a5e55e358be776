package org.ltcare.shared.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a username and password and keeps the failed-login count. Runs in its own transaction so that a
 * failed attempt is counted even though the login itself fails.
 */
@Stateless
public class LoginService {

    /** Hashed once so that an unknown username costs as much time as a known one (no user enumeration). */
    private static final String DUMMY_PASSWORD = "not-a-real-password";

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Clock clock;

    public enum Outcome { SUCCESS, WRONG_CREDENTIALS, LOCKED }

    public record Result(Outcome outcome, UserAccount account, Instant lockedUntil) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Result login(String username, char[] password) {
        Instant now = clock.instant();
        Optional<UserAccount> found = accounts.findByUsername(username == null ? "" : username.trim());
        if (found.isEmpty() || !found.get().isActive()) {
            hasher.verify(DUMMY_PASSWORD.toCharArray(), hasher.dummyHash());
            return new Result(Outcome.WRONG_CREDENTIALS, null, null);
        }
        UserAccount account = found.get();
        if (account.isLockedAt(now)) {
            return new Result(Outcome.LOCKED, account, account.getLockedUntil());
        }
        if (!hasher.verify(password, account.getPasswordHash())) {
            account.recordFailedLogin(now);
            return account.isLockedAt(now)
                    ? new Result(Outcome.LOCKED, account, account.getLockedUntil())
                    : new Result(Outcome.WRONG_CREDENTIALS, account, null);
        }
        account.recordSuccessfulLogin();
        return new Result(Outcome.SUCCESS, account, null);
    }

    /** Whether the account is locked now, and until when: the login page tells the user. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return accounts.findByUsername(username == null ? "" : username.trim())
                .filter(a -> a.isLockedAt(now))
                .map(UserAccount::getLockedUntil);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<UserAccount> account(String username) {
        return accounts.findByUsername(username);
    }
}
