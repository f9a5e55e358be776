package org.ltcare.care;

import org.ltcare.benefit.CareAdmission;
import org.ltcare.shared.NotFoundException;
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
        if (!mayRead(actor, institutionId)) {
            throw new AccessDeniedException("records.read");
        }
    }

    /** The institution's own users and systems, and the bureau's staff. */
    public static boolean mayRead(Actor actor, long institutionId) {
        return isOwn(actor, institutionId) || actor.roles().stream().anyMatch(Role::isBureauRole);
    }

    /**
     * An admission the actor's institution records care for: another institution's is "not found" (nothing is
     * said about who is in care elsewhere).
     */
    public static CareAdmission requireOwn(Actor actor, java.util.Optional<CareAdmission> found, long admissionId) {
        CareAdmission admission = found.filter(a -> actor.isInstitutionScoped()
                && a.getInstitutionId() == actor.organisationId())
                .orElseThrow(() -> new NotFoundException("CareAdmission", admissionId));
        requireWrite(actor, admission.getInstitutionId());
        return admission;
    }

    public static void requireWrite(Actor actor, long institutionId) {
        if (!mayWrite(actor, institutionId)) {
            throw new AccessDeniedException("records.write");
        }
    }

    /** The institution's own users and systems record its care; the bureau reads it only. */
    public static boolean mayWrite(Actor actor, long institutionId) {
        return isOwn(actor, institutionId);
    }

    private static boolean isOwn(Actor actor, long institutionId) {
        return actor.isInstitutionScoped() && actor.organisationId() == institutionId
                && actor.hasAny(Role.INSTITUTION_STAFF, Role.INSTITUTION_ADMIN, Role.INSTITUTION_API);
    }
}
