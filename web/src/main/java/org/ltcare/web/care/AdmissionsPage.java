package org.ltcare.web.care;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ltcare.benefit.AdmissionLine;
import org.ltcare.benefit.AdmissionQueries;
import org.ltcare.benefit.AdmissionService;
import org.ltcare.benefit.AdmissionStatus;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.time.ClockProducer;
import org.ltcare.web.Page;
import org.ltcare.web.i18n.Messages;

/**
 * 收住管理: an institution's requests to confirm (admission date, 家护 visit plan) or decline with a reason, and its
 * beneficiaries in care. Bureau staff open it for an institution with ?institution=.
 */
@Named
@ViewScoped
public class AdmissionsPage extends Page {

    private static final int RECENT_DAYS = 60;

    @Inject
    private AdmissionService admissions;

    @Inject
    private AdmissionQueries queries;

    @Inject
    private Messages messages;

    private Long institution;
    private List<AdmissionLine> requests = List.of();
    private List<AdmissionLine> inCare = List.of();
    private List<AdmissionLine> ended = List.of();
    private final Map<Long, LocalDate> admittedOn = new HashMap<>();
    private final Map<Long, Integer> visits = new HashMap<>();
    private final Map<Long, String> declineReasons = new HashMap<>();

    public void load() {
        if (institution == null && actor.isInstitutionScoped()) {
            institution = actor.organisationId();
        }
        try {
            queries.requireReader(actor);
            if (institution == null) {
                return;
            }
            requests = queries.linesOf(actor, institution, AdmissionStatus.REQUESTED);
            LocalDate today = LocalDate.now(ClockProducer.ZONE);
            List<AdmissionLine> admitted = queries.linesOf(actor, institution, AdmissionStatus.ADMITTED);
            inCare = admitted.stream().filter(l -> l.admission().holdsPlaceFrom(today)).toList();
            // How the institution learns that someone's care has ended or will end (death, expiry, a change):
            // every admission with a last day from RECENT_DAYS ago on, soonest first.
            ended = admitted.stream().filter(l -> l.admission().getEndsOn() != null
                    && !l.admission().getEndsOn().isBefore(today.minusDays(RECENT_DAYS)))
                    .sorted(java.util.Comparator.comparing(l -> l.admission().getEndsOn())).toList();
            requests.forEach(l -> admittedOn.putIfAbsent(l.admission().getId(), today));
        } catch (BusinessException e) {
            errors.refuse(e);
        }
    }

    public void admit(CareAdmission admission) {
        long id = admission.getId();
        try {
            CareAdmission admitted = admissions.admit(actor, id, admittedOn.get(id), visits.get(id));
            errors.info("care.admitted", String.valueOf(admitted.getStartsOn()));
            load();
        } catch (BusinessException e) {
            errors.show(e, "requestsForm", field -> messages.get("care.field." + field));
        }
    }

    public void decline(CareAdmission admission) {
        long id = admission.getId();
        try {
            admissions.decline(actor, id, declineReasons.get(id));
            errors.info("care.declined");
            load();
        } catch (BusinessException e) {
            errors.show(e, "requestsForm", field -> messages.get("care.field." + field));
        }
    }

    public boolean isMayDecide() {
        return institution != null && admissions.maySettleRequests(actor, institution);
    }

    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }

    public List<AdmissionLine> getRequests() {
        return requests;
    }

    public List<AdmissionLine> getInCare() {
        return inCare;
    }

    public List<AdmissionLine> getEnded() {
        return ended;
    }

    public Map<Long, LocalDate> getAdmittedOn() {
        return admittedOn;
    }

    public Map<Long, Integer> getVisits() {
        return visits;
    }

    public Map<Long, String> getDeclineReasons() {
        return declineReasons;
    }
}
