package org.ltcare.shared.security;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.audit.SecurityEvent;
import org.ltcare.shared.security.twofactor.SecondFactorCheck;

/**
 * Checks a username and password and keeps the failed-login count. Runs in its own transaction so that a
 * failed attempt is counted even though the login itself fails.
 */
@Stateless
public class LoginService {

    /** Enough for the logins of one account that arrive together (an institution's login shared by its nurses). */
    private static final int ATTEMPTS = 50;

    /** Hashed once so that an unknown username costs as much time as a known one (no user enumeration). */
    private static final String DUMMY_PASSWORD = "not-a-real-password";

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    private LoginService self() {
        return context.getBusinessObject(LoginService.class);
    }

    /** {@code SECOND_FACTOR}: the password is right and the account's second factor comes next. */
    public enum Outcome { SUCCESS, SECOND_FACTOR, WRONG_CREDENTIALS, LOCKED }

    public record Result(Outcome outcome, UserAccount account, Instant lockedUntil) {
    }

    /**
     * Checks the password of {@code username}, who asks from {@code client}; on the login page ({@code interactive})
     * an account with a second factor answers {@link Outcome#SECOND_FACTOR} and is logged in by
     * {@link #secondFactor}. An API request's HTTP Basic (the trial API's contract) is the password alone. Every failure and every lock is a
     * security event; so is a successful {@code interactive} login (the login page), which is also kept on the
     * account (last login, failures since). An API request's HTTP Basic is checked as often as it is sent, and
     * writing each would only be noise and contention.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Result login(String username, char[] password, String client, boolean interactive) {
        return retried(() -> self().checkPassword(username, password, client, interactive));
    }

    /**
     * One attempt of {@link #login}, in a transaction of its own (through the container: {@link #self()}), so that a
     * failure is counted even though the login fails. Another login of the same account that committed first makes
     * it fail on the account's version, and {@link #login} tries again with the account as it is now — two logins
     * of one account at the same moment (two devices, a burst of guesses) are both done and both counted.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Result checkPassword(String username, char[] password, String client, boolean interactive) {
        Result result = check(username, password, client, interactive);
        String who = username == null ? "" : username.trim();
        String subject = who.length() > 64 ? who.substring(0, 64) : who;
        Long organisation = result.account() == null ? null : result.account().getOrganisation().getId();
        record(result, subject, organisation, interactive, Map.of("client", client == null ? "" : client));
        return written(result);
    }

    /**
     * Runs an attempt again, each time in a new transaction, while it finds the account changed by another login of
     * it; nothing is held between attempts, so no row lock waits for a pooled connection.
     */
    private static Result retried(Supplier<Result> attempt) {
        for (int tried = 1; ; tried++) {
            try {
                return attempt.get();
            } catch (AccountChanged e) {
                if (tried == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Writes the attempt now, so that another login's update of the account shows here as {@link AccountChanged}
     * (tried again, quietly) and not as a failed commit the container reports as an error.
     */
    private Result written(Result result) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new AccountChanged();
        }
        return result;
    }

    /**
     * The second step of a login whose password was right: a TOTP code (each accepted once) or a recovery code.
     * A wrong code counts as a failed login (five lock the account), so that the password does not open unlimited
     * guesses at six digits.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Result secondFactor(String username, String code, String client) {
        return retried(() -> self().checkSecondFactor(username, code, client));
    }

    /** One attempt of {@link #secondFactor}, as {@link #checkPassword} is of {@link #login}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Result checkSecondFactor(String username, String code, String client) {
        Instant now = clock.instant();
        UserAccount account = accounts.findByUsername(username).filter(UserAccount::isActive).orElse(null);
        Result result;
        SecondFactorCheck.Match match = SecondFactorCheck.Match.NONE;
        if (account == null) {
            result = new Result(Outcome.WRONG_CREDENTIALS, null, null);
        } else if (account.isLockedAt(now)) {
            result = new Result(Outcome.LOCKED, account, account.getLockedUntil());
        } else {
            match = SecondFactorCheck.check(account, code, now);
            if (match == SecondFactorCheck.Match.NONE) {
                account.recordFailedLogin(now);
                result = account.isLockedAt(now) ? new Result(Outcome.LOCKED, account, account.getLockedUntil())
                        : new Result(Outcome.WRONG_CREDENTIALS, account, null);
            } else {
                account.recordSuccessfulLogin(now, client);
                result = new Result(Outcome.SUCCESS, account, null);
            }
        }
        Long organisation = account == null ? null : account.getOrganisation().getId();
        record(result, username, organisation, true, Map.of("client", client == null ? "" : client,
                "factor", match == SecondFactorCheck.Match.NONE ? "second" : match.name()));
        if (match == SecondFactorCheck.Match.RECOVERY_CODE) {
            audit.security(username, organisation, SecurityEvent.RECOVERY_CODE_USED, username,
                    Map.of("left", account.getUnusedRecoveryCodes()));
        }
        return written(result);
    }

    private void record(Result result, String subject, Long organisation, boolean interactive,
                        Map<String, Object> details) {
        switch (result.outcome()) {
            case SUCCESS -> {
                if (interactive) {
                    audit.security(subject, organisation, SecurityEvent.LOGIN_SUCCEEDED, subject, details);
                }
            }
            case SECOND_FACTOR -> {
                // Not yet a login: recorded once the second factor is given (or fails).
            }
            case WRONG_CREDENTIALS -> audit.security(subject, organisation, SecurityEvent.LOGIN_FAILED, subject,
                    details);
            case LOCKED -> audit.security(subject, organisation, SecurityEvent.ACCOUNT_LOCKED, subject, details);
        }
    }

    private Result check(String username, char[] password, String client, boolean interactive) {
        Instant now = clock.instant();
        Optional<UserAccount> found = accounts.findByUsername(username == null ? "" : username.trim());
        if (found.isEmpty() || !found.get().isActive()) {
            hasher.verify(DUMMY_PASSWORD.toCharArray(), hasher.dummyHash());
            return new Result(Outcome.WRONG_CREDENTIALS, null, null);
        }
        UserAccount account = found.get();
        if (isMachine(account)) {
            // A machine credential authenticates with its bearer token only (no password hashing per request);
            // it is never locked, so nobody can stop an institution's system by sending wrong passwords.
            return new Result(Outcome.WRONG_CREDENTIALS, account, null);
        }
        if (account.isLockedAt(now)) {
            return new Result(Outcome.LOCKED, account, account.getLockedUntil());
        }
        if (!hasher.verify(password, account.getPasswordHash())) {
            account.recordFailedLogin(now);
            return account.isLockedAt(now)
                    ? new Result(Outcome.LOCKED, account, account.getLockedUntil())
                    : new Result(Outcome.WRONG_CREDENTIALS, account, null);
        }
        if (interactive && account.isSecondFactorEnrolled()) {
            // The failure count stays until the second factor is given: the password alone resets nothing.
            return new Result(Outcome.SECOND_FACTOR, account, null);
        }
        if (interactive) {
            account.recordSuccessfulLogin(now, client);
        } else {
            account.recordSuccessfulLogin();
        }
        return new Result(Outcome.SUCCESS, account, null);
    }

    private static boolean isMachine(UserAccount account) {
        return !account.getRoles().isEmpty() && account.getRoles().stream().allMatch(Role::isMachineRole);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<UserAccount> account(String username) {
        return accounts.findByUsername(username);
    }
}
