package org.ltcare.web.institution;

import java.util.List;
import java.util.function.LongFunction;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.security.Actor;

/** What the parts of an institution's page share: which institution it shows, and what each part lists of it. */
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

    /**
     * What a part of the page lists of the shown institution; nothing when none is shown or the actor may not see
     * it. The refusal is not shown again here: the profile part of the page reports it once.
     */
    static <T> List<T> listed(Long shown, LongFunction<List<T>> read) {
        if (shown == null) {
            return List.of();
        }
        try {
            return read.apply(shown);
        } catch (BusinessException e) {
            return List.of();
        }
    }
}
