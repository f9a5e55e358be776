package org.ltcare.care;

import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;

/**
 * Who may read and write an institution's care records: its own users and its system's API clients write them;
 * the bureau's staff read every institution's; nobody else sees them.
 */
public final class CareRecordAccess {

    private CareRecordAccess() {
    }

    public static void requireRead(Actor actor, long institutionId) {
        if (!isOwn(actor, institutionId) && actor.roles().stream().noneMatch(Role::isBureauRole)) {
            throw new AccessDeniedException("records.read");
        }
    }

    public static void requireWrite(Actor actor, long institutionId) {
        if (!isOwn(actor, institutionId)) {
            throw new AccessDeniedException("records.write");
        }
    }

    private static boolean isOwn(Actor actor, long institutionId) {
        return actor.isInstitutionScoped() && actor.organisationId() == institutionId
                && actor.hasAny(Role.INSTITUTION_STAFF, Role.INSTITUTION_ADMIN, Role.INSTITUTION_API);
    }
}
