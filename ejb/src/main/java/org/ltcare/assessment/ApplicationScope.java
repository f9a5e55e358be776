package org.ltcare.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;

/**
 * Who may see a case (an assessment application): the one rule its list, its page and the API ask, as a JPQL
 * condition on {@code a}. Bureau and agency roles see the cases of their region (the insured person's pooling
 * region is their organisation's); an institution's users those it filed or where the person lives;
 * an assessment agency's supervisor the cases with a round of the agency; an assessor the cases of rounds they are
 * drawn to; an applicant the cases they filed. Anyone else — machine credentials among them — sees none.
 */
record ApplicationScope(String condition, Map<String, Object> parameters) {

    static ApplicationScope of(Actor actor) {
        List<String> any = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (!actor.isInstitutionScoped() && actor.roles().stream().anyMatch(Role::isBureauRole)) {
            any.add("a.insured.regionCode = (select o.regionCode from Organisation o where o.id = :home)");
            parameters.put("home", actor.organisationId());
        }
        if (actor.isInstitutionScoped() && actor.roles().stream().anyMatch(Role::isInstitutionRole)) {
            any.add("a.filedByOrganisationId = :org or a.currentInstitutionId = :org");
            parameters.put("org", actor.organisationId());
        }
        if (actor.has(Role.ASSESSMENT_SUPERVISOR)) {
            any.add("exists (select r from Assessment r where r.application = a and r.agencyId = :agency)");
            parameters.put("agency", actor.organisationId());
        }
        if (actor.has(Role.ASSESSOR)) {
            any.add("exists (select r from Assessment r, UserAccount u where r.application = a "
                    + "and u.username = :assessor and (r.assessorA.userId = u.id or r.assessorB.userId = u.id))");
            parameters.put("assessor", actor.username());
        }
        if (actor.has(Role.APPLICANT)) {
            any.add("a.filedByUsername = :applicant");
            parameters.put("applicant", actor.username());
        }
        return new ApplicationScope(any.isEmpty() ? "1 = 0" : "(" + String.join(") or (", any) + ")",
                Map.copyOf(parameters));
    }

    /** Whether the actor's roles see cases at all (the security and audit administrators do not). */
    boolean seesNoCases() {
        return "1 = 0".equals(condition);
    }
}
