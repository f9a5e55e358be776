package org.ltcare.web.records;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private Map<Long, String> names;

    public List<CareInstitution> getAll() {
        if (all == null) {
            all = actor.isInstitutionScoped() ? List.of() : institutions.list(actor);
        }
        return all;
    }

    /** An institution's name by id, for lists of claims and batches (its id if it is not among them). */
    public String nameOf(long institutionId) {
        if (names == null) {
            names = new HashMap<>();
            getAll().forEach(i -> names.put(i.getId(), i.getName()));
        }
        return names.getOrDefault(institutionId, String.valueOf(institutionId));
    }
}
