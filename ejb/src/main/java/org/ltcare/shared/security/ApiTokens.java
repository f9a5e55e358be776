package org.ltcare.shared.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.ltcare.shared.Sha256;
import org.ltcare.shared.audit.AuditLog;

/**
 * Bearer tokens of machine credentials: issued (the secret returned once, only its SHA-256 kept), checked with one
 * indexed lookup — no password hashing per request — and revoked. Who may issue or revoke is the caller's rule
 * (an institution's administrator for its own system, the security administrator for the feed).
 */
@Stateless
public class ApiTokens {

    /** Every token starts with this, so a leaked one is recognised (e.g. by secret scanners). */
    public static final String PREFIX = "ltc_";
    private static final int RANDOM_BYTES = 32;
    private static final int HINT_LENGTH = PREFIX.length() + 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token just made: the secret exists nowhere else. */
    public record Issued(ApiToken token, String secret) {
    }

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** A new token of the machine account {@code account}, valid for {@code validity}. */
    public Issued issue(Actor by, UserAccount account, Duration validity) {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return issue(by, account, PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random), validity);
    }

    /**
     * A token with a given secret: the demo data's fixed, printed tokens only (a real token is always drawn by
     * {@link #issue(Actor, UserAccount, Duration)}).
     */
    public Issued issue(Actor by, UserAccount account, String secret, Duration validity) {
        if (!account.getRoles().stream().allMatch(Role::isMachineRole)) {
            throw new IllegalArgumentException("tokens are for machine credentials only: " + account.getUsername());
        }
        Instant now = clock.instant();
        ApiToken token = new ApiToken(account, hash(secret), secret.substring(0, HINT_LENGTH), now, by.username(),
                now.plus(validity));
        em.persist(token);
        audit.record(by, "CREATE_API_TOKEN", null, token);
        return new Issued(token, secret);
    }

    /** The account a presented token authenticates: none when unknown, expired, revoked or its account inactive. */
    public Optional<UserAccount> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 128) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = hash(presented);
        // The account with its parts first: the token's eager account is then already loaded.
        em.createQuery(UserAccountRepository.WITH_ITS_PARTS + "where u.id in "
                        + "(select t.account.id from ApiToken t where t.tokenHash = :hash)", UserAccount.class)
                .setParameter("hash", hash).getResultList();
        Optional<ApiToken> found = em.createQuery("select t from ApiToken t where t.tokenHash = :hash",
                ApiToken.class).setParameter("hash", hash).getResultStream().findFirst();
        if (found.isEmpty() || !found.get().authenticatesAt(now)) {
            return Optional.empty();
        }
        if (found.get().isUseToNote(now)) {
            // Without the version check: two requests in the same minute must not fail each other.
            em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.id = :id and "
                            + "(t.lastUsedAt is null or t.lastUsedAt <= :before)")
                    .setParameter("now", now).setParameter("id", found.get().getId())
                    .setParameter("before", now.minus(ApiToken.LAST_USE_PRECISION)).executeUpdate();
        }
        return Optional.of(found.get().getAccount());
    }

    public List<ApiToken> ofAccount(UserAccount account) {
        return em.createQuery("select t from ApiToken t where t.account = :account order by t.created.at desc",
                ApiToken.class).setParameter("account", account).getResultList();
    }

    /** Revokes every token of the account (when the credential is withdrawn); audited. */
    public void revokeAll(Actor by, UserAccount account) {
        for (ApiToken token : ofAccount(account)) {
            revoke(by, token);
        }
    }

    /** Revokes one token (a new one is in place, or it leaked); audited. */
    public void revoke(Actor by, ApiToken token) {
        if (!token.isRevoked()) {
            var before = token.auditState();
            token.revoke(by.username(), clock.instant());
            audit.record(by, "REVOKE_API_TOKEN", before, token);
        }
    }

    /** Whether a token with exactly this secret exists (the demo data's check before issuing its printed tokens). */
    public boolean exists(String secret) {
        return !em.createQuery("select t.id from ApiToken t where t.tokenHash = :hash", Long.class)
                .setParameter("hash", hash(secret)).getResultList().isEmpty();
    }

    private static String hash(String secret) {
        return Sha256.hex(secret);
    }
}
