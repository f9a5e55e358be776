package org.ltcare.institution.apiclient;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.security.UserAccount;

/** An institution system's API credential as listed and audited (never its password). */
public record ApiCredential(String username, String purpose, boolean active, Instant createdAt)
        implements Auditable, Serializable {

    static ApiCredential of(UserAccount account) {
        return new ApiCredential(account.getUsername(), account.getDisplayName(), account.isActive(),
                account.getCreatedAt());
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

    public String getUsername() {
        return username;
    }

    public String getPurpose() {
        return purpose;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
