package org.ltcare.shared.security;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.ltcare.shared.audit.AuditStates;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.audit.AuditedField;
import org.ltcare.shared.model.Stamp;
import org.ltcare.shared.model.Versioned;

/**
 * A machine credential's bearer token, kept as its SHA-256 only. Invariant: it authenticates only before it
 * expires, while not revoked and while its account is active; revocation is final.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends Versioned implements Auditable {

    /** Last use is written at most this often: not a database write on every request. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "account_id")
    private UserAccount account;

    private String tokenHash;

    @AuditedField
    private String hint;

    @Embedded
    private Stamp created;

    @AuditedField
    private Instant expiresAt;

    private Instant lastUsedAt;

    @Embedded
    @AuditedField
    private Stamp revoked;

    protected ApiToken() {
    }

    ApiToken(UserAccount account, String tokenHash, String hint, Instant createdAt, String createdBy,
             Instant expiresAt) {
        this.account = Objects.requireNonNull(account, "account");
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.hint = Objects.requireNonNull(hint, "hint");
        this.created = Stamp.of(Objects.requireNonNull(createdBy, "createdBy"),
                Objects.requireNonNull(createdAt, "createdAt"));
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a token expires after it is made");
        }
    }

    public boolean authenticatesAt(Instant now) {
        return Stamp.atOf(revoked) == null && now.isBefore(expiresAt) && account.isActive();
    }

    /** Whether a use at {@code now} is worth writing down: the last use noted is a minute old or more. */
    boolean isUseToNote(Instant now) {
        return lastUsedAt == null || !now.isBefore(lastUsedAt.plus(LAST_USE_PRECISION));
    }

    void revoke(String by, Instant now) {
        if (revoked == null) {
            revoked = Stamp.of(by, now);
        }
    }

    @Override
    public String auditType() {
        return "ApiToken";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = AuditStates.of(this);
        state.put("account", account.getUsername());
        state.put("revokedAt", Stamp.atOf(revoked));
        return state;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getHint() {
        return hint;
    }

    public Stamp getCreated() {
        return created;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Stamp getRevocation() {
        return revoked;
    }

    public boolean isRevoked() {
        return Stamp.atOf(revoked) != null;
    }
}
