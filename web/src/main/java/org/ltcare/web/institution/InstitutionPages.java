package org.ltcare.web.institution;

import org.ltcare.shared.security.Actor;

/** What the parts of an institution's page share: which institution it shows. */
final class InstitutionPages {

    private InstitutionPages() {
    }

    /** The institution asked for (?id=), or, for an institution's own user, their own; null when neither. */
    static Long shownInstitution(Long requested, Actor actor) {
        if (requested == null && actor.isInstitutionScoped()) {
            return actor.organisationId();
        }
        return requested;
    }
}
