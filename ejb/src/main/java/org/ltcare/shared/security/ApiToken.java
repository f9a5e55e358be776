package org.ltcare.shared.security;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.model.Stamp;

/**
 * A machine credential's bearer token, kept as its SHA-256 only. Invariant: it authenticates only before it
 * expires, while not revoked and while its account is active; revocation is final.
 */
@Entity
@Table(name = "api_token")
public class ApiToken implements Auditable {

    /** Last use is written at most this often: not a database write on every request. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "account_id")
    private UserAccount account;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 16)
    private String hint;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "created_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "created_at"))
    private Stamp created;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "revoked_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "revoked_at"))
    private Stamp revoked;

    @Version
    private long version;

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

    /** Notes a use; true when the note changed (at most once a minute). */
    boolean usedAt(Instant now) {
        if (lastUsedAt == null || !now.isBefore(lastUsedAt.plus(LAST_USE_PRECISION))) {
            lastUsedAt = now;
            return true;
        }
        return false;
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
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("account", account.getUsername());
        state.put("hint", hint);
        state.put("expiresAt", expiresAt);
        state.put("revokedAt", Stamp.atOf(revoked));
        state.put("revokedBy", Stamp.byOf(revoked));
        return state;
    }

    public Long getId() {
        return id;
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
