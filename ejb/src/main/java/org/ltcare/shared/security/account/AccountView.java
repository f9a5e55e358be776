package org.ltcare.shared.security.account;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.model.Stamp;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccount;

/** An account as the accounts page lists it and the audit trail records it (never its password). */
public record AccountView(long id, String username, String displayName, long organisationId,
                          String organisationName, List<Role> roles, boolean active, boolean mustChangePassword,
                          boolean secondFactorEnrolled, boolean secondFactorRequired, Instant lastLoginAt, Instant deactivatedAt, String deactivatedBy, String deactivationReason)
        implements Auditable, Serializable {

    public static AccountView of(UserAccount account) {
        return new AccountView(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getOrganisation().getId(), account.getOrganisation().getName(),
                account.getRoles().stream().sorted().toList(), account.isActive(), account.isMustChangePassword(),
                account.isSecondFactorEnrolled(), account.requiresSecondFactor(), account.getLastLoginAt(), Stamp.atOf(account.getDeactivated()),
                Stamp.byOf(account.getDeactivated()),
                account.getDeactivationReason());
    }

    @Override
    public String auditType() {
        return "UserAccount";
    }

    @Override
    public String auditId() {
        return username;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("displayName", displayName);
        state.put("organisation", organisationId);
        state.put("roles", String.join(",", roles.stream().map(Role::name).toList()));
        state.put("active", active);
        state.put("mustChangePassword", mustChangePassword);
        state.put("secondFactorEnrolled", secondFactorEnrolled);
        state.put("deactivationReason", deactivationReason);
        return state;
    }
}
