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
        // A machine credential is not locked by failed attempts: anyone could otherwise stop an institution's
        // system or the hospital feed by sending wrong passwords in its name.
        boolean machine = !account.getRoles().isEmpty() && account.getRoles().stream().allMatch(Role::isMachineRole);
        if (!machine && account.isLockedAt(now)) {
            return new Result(Outcome.LOCKED, account, account.getLockedUntil());
        }
        if (!hasher.verify(password, account.getPasswordHash())) {
            if (machine) {
                return new Result(Outcome.WRONG_CREDENTIALS, account, null);
            }
            account.recordFailedLogin(now);
            return account.isLockedAt(now)
                    ? new Result(Outcome.LOCKED, account, account.getLockedUntil())
                    : new Result(Outcome.WRONG_CREDENTIALS, account, null);
        }
        account.recordSuccessfulLogin();
        return new Result(Outcome.SUCCESS, account, null);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<UserAccount> account(String username) {
        return accounts.findByUsername(username);
    }
}
