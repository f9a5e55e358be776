package org.ltcare.shared.security.account;

import java.util.EnumSet;
import java.util.Set;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.OrganisationKind;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccount;

/**
 * Who manages which accounts, the one rule the accounts page and the service ask: the security administrator the
 * people of the bureau, the agency and the assessment agencies; an institution's administrator the staff of their
 * own institution. Machine credentials and applicants are managed elsewhere (接口凭证, self-service).
 */
public final class AccountRules {

    private AccountRules() {
    }

    public static boolean managesAccounts(Actor actor) {
        return actor.has(Role.SECURITY_ADMIN) || (actor.isInstitutionScoped() && actor.has(Role.INSTITUTION_ADMIN));
    }

    /** The roles {@code actor} may give to a person of an organisation of {@code kind}; empty: none. */
    public static Set<Role> assignable(Actor actor, OrganisationKind kind) {
        if (actor.has(Role.SECURITY_ADMIN)) {
            return switch (kind) {
                case BUREAU -> EnumSet.of(Role.BUREAU_APPROVER, Role.AGENCY_REVIEWER, Role.AUDITOR,
                        Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN);
                case AGENCY -> EnumSet.of(Role.AGENCY_REVIEWER, Role.AUDITOR);
                case ASSESSMENT_AGENCY -> EnumSet.of(Role.ASSESSOR, Role.ASSESSMENT_SUPERVISOR);
                case CARE_INSTITUTION -> EnumSet.noneOf(Role.class);
            };
        }
        if (actor.isInstitutionScoped() && actor.has(Role.INSTITUTION_ADMIN)
                && kind == OrganisationKind.CARE_INSTITUTION) {
            return EnumSet.of(Role.INSTITUTION_STAFF, Role.INSTITUTION_ADMIN);
        }
        return EnumSet.noneOf(Role.class);
    }

    /** Whether {@code actor} manages {@code account}: its organisation and every role it holds are theirs to give. */
    public static boolean manages(Actor actor, UserAccount account) {
        OrganisationKind kind = account.getOrganisation().getKind();
        if (actor.isInstitutionScoped() && account.getOrganisation().getId() != actor.organisationId()) {
            return false;
        }
        return !assignable(actor, kind).isEmpty() && assignable(actor, kind).containsAll(account.getRoles());
    }
}
