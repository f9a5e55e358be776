package org.ltcare.shared.security;

import java.util.Objects;
import java.util.Set;

/**
 * Who is acting: passed explicitly from the web layer to every service, which uses it for scope
 * checks (an institution sees only its own data) and for the audit trail.
 */
public record Actor(String username, long organisationId, OrganisationKind organisationKind, Set<Role> roles)
        implements java.io.Serializable {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(organisationKind, "organisationKind");
        roles = Set.copyOf(roles);
    }

    /**
     * Who the audit trail names for what is not done by a logged-in user: the public page, or the engine's
     * timers. No roles and no organisation (id 0), so it passes no access check.
     */
    public static Actor system(String name) {
        return new Actor(name, 0, OrganisationKind.BUREAU, Set.of());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Users of a care institution are limited to that institution's data. */
    public boolean isInstitutionScoped() {
        return organisationKind == OrganisationKind.CARE_INSTITUTION;
    }

    /** A bureau user: a bureau role and bound to no institution; otherwise {@code action} is refused. */
    public void requireBureau(String action) {
        if (isInstitutionScoped() || roles.stream().noneMatch(Role::isBureauRole)) {
            throw new AccessDeniedException(action);
        }
    }

    /** A bureau user holding {@code role} (an agency officer, an approver); otherwise {@code action} is refused. */
    public void requireBureau(Role role, String action) {
        if (!isBureau(role)) {
            throw new AccessDeniedException(action);
        }
    }

    /** A bureau user holding {@code role}: what {@link #requireBureau(Role, String)} lets through. */
    public boolean isBureau(Role role) {
        return !isInstitutionScoped() && has(role);
    }

    /** Only the bureau's own roles (and the auditor) may see ID numbers in full. */
    public boolean maySeeFullIdNumbers() {
        return hasAny(Role.AGENCY_REVIEWER, Role.BUREAU_APPROVER, Role.SYSTEM_ADMIN, Role.AUDITOR);
    }
}
