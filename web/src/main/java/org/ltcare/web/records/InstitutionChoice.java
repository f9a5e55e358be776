package org.ltcare.web.records;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionService;
import org.ltcare.shared.security.Actor;

/** The institutions a bureau user picks from on the care-record views (institutions see only their own). */
@Named
@RequestScoped
public class InstitutionChoice {

    @Inject
    private InstitutionService institutions;

    @Inject
    private Actor actor;

    private List<CareInstitution> all;

    public List<CareInstitution> getAll() {
        if (all == null) {
            all = actor.isInstitutionScoped() ? List.of() : institutions.list(actor);
        }
        return all;
    }
}
