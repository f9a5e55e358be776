package org.ltcare.institution.apiclient;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ltcare.shared.security.ApiToken;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.security.UserAccount;

/**
 * An institution system's API credential as listed and audited (never its token): the account and its newest
 * token's hint, expiry and last use.
 */
public record ApiCredential(String username, String purpose, boolean active, Instant createdAt, String tokenHint,
                            Instant expiresAt, Instant lastUsedAt) implements Auditable, Serializable {

    static ApiCredential of(UserAccount account, Optional<ApiToken> token) {
        return new ApiCredential(account.getUsername(), account.getDisplayName(),
                account.isActive() && token.map(t -> !t.isRevoked()).orElse(true), account.getCreatedAt(),
                token.map(ApiToken::getHint).orElse(null), token.map(ApiToken::getExpiresAt).orElse(null),
                token.map(ApiToken::getLastUsedAt).orElse(null));
    }

    @Override
    public String auditType() {
        return "ApiCredential";
    }

    @Override
    public String auditId() {
        return username;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("purpose", purpose);
        state.put("active", active);
        return state;
    }
}
