package org.ltcare.institution.contracting;

import java.util.EnumSet;
import java.util.Set;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;

/**
 * Who may take which step of contracting, for {@link ContractingService}: its commands refuse with these checks and
 * {@link ContractingService#allowedActions} lists what they would accept.
 */
final class ContractingActions {

    private ContractingActions() {
    }

    /** The institution's own administrator applies, or the agency's reviewer enters the application for it. */
    static boolean isApplicant(Actor actor, long institutionId) {
        boolean ownAdmin = actor.has(Role.INSTITUTION_ADMIN) && actor.organisationId() == institutionId;
        return ownAdmin || actor.has(Role.AGENCY_REVIEWER);
    }

    /** The steps open to {@code actor}; {@code application} null: none handed in yet. */
    static Set<ContractingAction> allowed(Actor actor, long institutionId, ContractingApplication application,
                                          boolean noticeRunning) {
        Set<ContractingAction> allowed = EnumSet.noneOf(ContractingAction.class);
        if (application == null) {
            addIf(allowed, ContractingAction.APPLY, isApplicant(actor, institutionId));
            return allowed;
        }
        switch (application.getStatus()) {
            case RETURNED -> addIf(allowed, ContractingAction.RESUBMIT,
                    isApplicant(actor, application.getInstitutionId()));
            case DOCUMENT_REVIEW -> addIf(allowed, ContractingAction.REVIEW, actor.has(Role.AGENCY_REVIEWER));
            case EVALUATION -> addIf(allowed, ContractingAction.EVALUATE, actor.has(Role.AGENCY_REVIEWER));
            case PUBLIC_NOTICE, RENEWAL_REVIEW -> addIf(allowed, ContractingAction.SIGN,
                    actor.has(Role.BUREAU_APPROVER) && !noticeRunning);
            default -> { }
        }
        return allowed;
    }

    private static void addIf(Set<ContractingAction> allowed, ContractingAction action, boolean condition) {
        if (condition) {
            allowed.add(action);
        }
    }
}
