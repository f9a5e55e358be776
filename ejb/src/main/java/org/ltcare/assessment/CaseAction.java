package org.ltcare.assessment;

import java.util.function.Predicate;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;

/**
 * What a user may be offered on a case's assessment part. Who may take each is written here once: the commands
 * refuse with {@link #require}, and {@link CaseRecordService} offers an action when the case waits for it and
 * {@link #allows} the actor.
 */
public enum CaseAction {
    DECIDE_OBJECTIONS("objection.decide", a -> a.has(Role.AGENCY_REVIEWER)),
    /** An objection recorded for the applicant's side, within the window. */
    LODGE_OBJECTION("objection.lodge",
            a -> a.hasAny(Role.AGENCY_REVIEWER, Role.INSTITUTION_STAFF, Role.INSTITUTION_ADMIN)),
    DECIDE_ON_EXPIRY("assessment.expiry", a -> a.has(Role.ASSESSMENT_SUPERVISOR)),
    ORDER_EARLY("assessment.order", a -> a.hasAny(Role.AGENCY_REVIEWER, Role.BUREAU_APPROVER)),
    /** Objectors' names and contacts are for the agency and the bureau, not for institutions. */
    SEE_OBJECTORS("case.objectors", a -> a.roles().stream().anyMatch(Role::isBureauRole)),
    /** Open a round's scale form (the form's own service decides which rounds). */
    OPEN_ASSESSMENT("assessment.open", a -> a.hasAny(Role.ASSESSOR, Role.ASSESSMENT_SUPERVISOR));

    private final String refusalKey;
    private final Predicate<Actor> rolesAllow;

    CaseAction(String refusalKey, Predicate<Actor> rolesAllow) {
        this.refusalKey = refusalKey;
        this.rolesAllow = rolesAllow;
    }

    /** Whether the actor's roles allow the action (the case's state is the caller's to check). */
    public boolean allows(Actor actor) {
        return rolesAllow.test(actor);
    }

    /** @throws AccessDeniedException when the actor's roles do not allow the action */
    void require(Actor actor) {
        if (!allows(actor)) {
            throw new AccessDeniedException(refusalKey);
        }
    }
}
