package org.ltcare.benefit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;

/**
 * Hospital stays (住院), which suspend the entitlement on their inpatient days (rules.md §3). The agency's reviewer
 * or the bureau's approver records them by hand (source {@code MANUAL}); the medical-insurance feed, a job with
 * no login, records them as {@link #FEED} with its own source code: it calls {@code record(FEED, …)} for an
 * admission (discharge day null while the person is still in hospital, or the discharge day when it reports the
 * whole stay) and later {@code discharge(FEED, id, day)} for the open stay it finds with {@link #of}. Both are
 * audited under the feed's name.
 */
@Stateless
public class HospitalStayService {

    /** The medical-insurance feed: a system actor, no roles, recognised as exactly this actor. */
    public static final Actor FEED = Actor.system("hospital-feed");
    /** The source of a stay a bureau user enters by hand. */
    public static final String MANUAL = "MANUAL";

    @Inject
    private HospitalStayRepository stays;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public HospitalStay record(Actor actor, long insuredId, String hospitalName, LocalDate admittedOn,
                               LocalDate dischargedOn, String source) {
        return record(actor, insuredId, hospitalName, admittedOn, dischargedOn, source, null);
    }

    /** The same, for a feed record with its own id ({@code externalRef}, unique per source). */
    public HospitalStay record(Actor actor, long insuredId, String hospitalName, LocalDate admittedOn,
                               LocalDate dischargedOn, String source, String externalRef) {
        requireRecorder(actor);
        stays.personForUpdate(insuredId).orElseThrow(() -> new NotFoundException("InsuredPerson", insuredId));
        HospitalStayForm form = new HospitalStayForm(hospitalName, admittedOn, dischargedOn, source)
                .check(LocalDate.now(clock), stays.ofInsured(insuredId, true));
        HospitalStay stay = new HospitalStay(insuredId, form, actor.username(), clock.instant());
        if (externalRef != null) {
            stay.fromFeedRecord(externalRef);
        }
        stays.save(stay);
        audit.record(actor, "RECORD_HOSPITAL_STAY", null, stay);
        return stay;
    }

    /** Closes an open stay; a discharge only shortens a stay, so it needs no lock beyond the stay's own. */
    public HospitalStay discharge(Actor actor, long stayId, LocalDate dischargedOn) {
        requireRecorder(actor);
        HospitalStay stay = stays.findForUpdate(stayId).orElseThrow(() -> new NotFoundException("HospitalStay", stayId));
        if (!stay.isOpen()) {
            throw new BusinessException("care.hospitalStay.notOpen", stay.getDischargedOn().toString());
        }
        if (dischargedOn == null) {
            throw new ValidationException(List.of(new FieldError("dischargedOn", "validation.required")));
        }
        List<HospitalStay> others = stays.ofInsured(stay.getInsuredId(), false).stream()
                .filter(other -> !other.getId().equals(stay.getId())).toList();
        stay.asForm().discharged(dischargedOn).check(LocalDate.now(clock), others);
        Map<String, Object> before = stay.auditState();
        stay.discharge(dischargedOn);
        audit.record(actor, "DISCHARGE_HOSPITAL_STAY", before, stay);
        return stay;
    }

    /**
     * The person's stays by admission day. No actor: the feed reads them to find the open stay it discharges (and
     * settlement reads them through {@link CareDaysService}); a screen listing stays adds a method that checks the
     * user's scope.
     */
    public List<HospitalStay> of(long insuredId) {
        return stays.ofInsured(insuredId, false);
    }

    /**
     * The inpatient days within {@code from..to} of these people, by person ({@link InpatientDays} decides which
     * days): the month grid shows them, the audit checks visits against them. No actor, like {@link #of}.
     */
    public Map<Long, java.util.Set<LocalDate>> inpatientDays(java.util.Collection<Long> insuredIds, LocalDate from,
                                                             LocalDate to) {
        Map<Long, java.util.Set<LocalDate>> days = new java.util.HashMap<>();
        staysWithin(insuredIds, from, to).forEach((insuredId, ofPerson) -> ofPerson.forEach(stay ->
                days.computeIfAbsent(insuredId, id -> new java.util.TreeSet<>())
                        .addAll(stay.inpatientDays().daysWithin(from, to))));
        return days;
    }

    /** The stays with a day in {@code from..to}, by person: settlement names each inpatient day's stay. No actor. */
    public Map<Long, List<HospitalStay>> staysWithin(java.util.Collection<Long> insuredIds, LocalDate from,
                                                     LocalDate to) {
        Map<Long, List<HospitalStay>> byPerson = new java.util.HashMap<>();
        for (HospitalStay stay : stays.ofInsuredWithin(insuredIds, from, to)) {
            byPerson.computeIfAbsent(stay.getInsuredId(), id -> new java.util.ArrayList<>()).add(stay);
        }
        return byPerson;
    }

    /** The stay a feed record made before, if any. */
    public java.util.Optional<HospitalStay> byFeedRecord(String source, String externalRef) {
        return stays.byExternalRef(source, externalRef);
    }

    private static void requireRecorder(Actor actor) {
        if (!actor.hasAny(Role.HOSPITAL_FEED, Role.AGENCY_REVIEWER, Role.BUREAU_APPROVER) && !FEED.equals(actor)) {
            throw new AccessDeniedException("care.hospitalStay.record");
        }
    }
}
