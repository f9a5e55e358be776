package org.ltcare.care.visit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ltcare.benefit.AdmissionRepository;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.care.BedDayRepository;
import org.ltcare.care.CareRecordAccess;
import org.ltcare.care.RecordSource;
import org.ltcare.care.worker.CareWorker;
import org.ltcare.care.worker.CareWorkerRepository;
import org.ltcare.insured.InsuredPerson;
import org.ltcare.insured.InsuredRepository;
import org.ltcare.policy.RuleSetService;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.Actor;

/**
 * Home visits of 家护 and 巡护 (rules.md §3): the institution records a visit at check-in (completed at check-out)
 * or all at once; {@link VisitCheck} decides what is in order and {@link VisitVerification} whether it proves
 * care. Audited; a visit of a closed month does not change. The institution's system posts them in bulk through
 * {@code CareRecordBatchService}, which checks with the same rules.
 */
@Stateless
public class HomeVisitService {

    @Inject
    private HomeVisitRepository visits;

    @Inject
    private AdmissionRepository admissions;

    @Inject
    private CareWorkerRepository workers;

    @Inject
    private InsuredRepository insured;

    @Inject
    private BedDayRepository months;

    @Inject
    private VisitRulesSource rules;

    @Inject
    private RuleSetService ruleSets;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** Records a visit of one of the institution's beneficiaries (open without a check-out). */
    public HomeVisit record(Actor actor, long admissionId, VisitForm form) {
        CareAdmission admission = ownAdmission(actor, admissionId);
        if (form.checkedInAt() == null) {
            throw new ValidationException(List.of(new FieldError("checkedInAt", "validation.required")));
        }
        VisitRules dayRules = rules.on(ruleSets.regionOf(actor), form.checkedInAt().toLocalDate());
        requireInOrder(form, admission, dayRules, null);
        return store(actor, admission, form, dayRules, RecordSource.SCREEN);
    }

    /** Checks out an open visit: {@code completed} is the visit's form with check-out, items and confirmation. */
    public HomeVisit checkOut(Actor actor, long visitId, VisitForm completed) {
        HomeVisit visit = visits.find(visitId).orElseThrow(() -> new NotFoundException("HomeVisit", visitId));
        CareAdmission admission = ownAdmission(actor, visit.getAdmissionId());
        if (!visit.isOpen()) {
            throw new BusinessException("records.visit.alreadyCheckedOut");
        }
        if (completed.checkedOutAt() == null) {
            throw new ValidationException(List.of(new FieldError("checkedOutAt", "validation.required")));
        }
        // A signature taken at check-in stands unless the check-out brings a new one.
        byte[] signature = completed.signaturePng() != null ? completed.signaturePng()
                : visits.signature(visitId).map(VisitSignature::getPng).orElse(null);
        VisitForm form = new VisitForm(visit.getCareWorkerId(), visit.getCheckedInAt(), completed.checkedOutAt(),
                visit.asForm().checkIn(), completed.checkOut(), visit.getDeviceId(), completed.items(),
                completed.confirmation(), completed.confirmedBy(), completed.confirmationCode(), signature,
                visit.getExternalRef());
        VisitRules dayRules = rules.on(ruleSets.regionOf(actor), visit.getVisitDate());
        requireInOrder(form, admission, dayRules, visit);
        return complete(actor, visit, form, dayRules);
    }

    /** Stores a visit {@link VisitCheck} found in order (the bulk entry checks a whole request first). */
    public HomeVisit store(Actor actor, CareAdmission admission, VisitForm checked, VisitRules dayRules,
                           RecordSource source) {
        HomeVisit visit = new HomeVisit(admission, checked, dayRules.minimumMinutes(), source, actor.username(),
                clock.instant());
        visits.save(visit);
        keepSignature(visit, checked);
        audit.record(actor, "RECORD_HOME_VISIT", null, visit);
        return visit;
    }

    /** Completes an open visit with a checked form. */
    public HomeVisit complete(Actor actor, HomeVisit visit, VisitForm checked, VisitRules dayRules) {
        Map<String, Object> before = visit.auditState();
        visit.complete(checked, dayRules.minimumMinutes());
        keepSignature(visit, checked);
        audit.record(actor, "CHECK_OUT_HOME_VISIT", before, visit);
        return visit;
    }

    private void keepSignature(HomeVisit visit, VisitForm checked) {
        if (checked.confirmation() == Confirmation.SIGNATURE && checked.signaturePng() != null) {
            visits.flush();
            visits.saveSignature(visit.getId(), checked.signaturePng());
        }
    }

    /** The signature image confirming a visit, for those who may read the visit; empty if it has none. */
    public java.util.Optional<byte[]> signature(Actor actor, long visitId) {
        find(actor, visitId);
        return visits.signature(visitId).map(VisitSignature::getPng);
    }

    /** The institution's visits checked in on {@code from..to}, a page of them, newest first. */
    public List<VisitLine> list(Actor actor, long institutionId, LocalDate from, LocalDate to,
                                boolean unverifiedOnly, int first, int max) {
        CareRecordAccess.requireRead(actor, institutionId);
        List<HomeVisit> page = visits.ofInstitution(institutionId, from, to, unverifiedOnly, first, max);
        Set<Long> people = new HashSet<>();
        page.forEach(v -> people.add(v.getInsuredId()));
        Map<Long, InsuredPerson> persons = insured.byIds(people);
        Map<Long, String> workerNames = new HashMap<>();
        workers.ofInstitution(institutionId).forEach(w -> workerNames.put(w.getId(), w.getName()));
        return page.stream().map(v -> {
            InsuredPerson person = persons.get(v.getInsuredId());
            String idNumber = person.getIdNumber().shownTo(actor);
            return new VisitLine(v, person.getName(), idNumber, workerNames.get(v.getCareWorkerId()));
        }).toList();
    }

    public VisitCounts counts(Actor actor, long institutionId, LocalDate from, LocalDate to) {
        CareRecordAccess.requireRead(actor, institutionId);
        return visits.countsOfInstitution(institutionId, from, to);
    }

    /** One visit, for its signature image and details; another institution's is "not found". */
    public HomeVisit find(Actor actor, long visitId) {
        HomeVisit visit = visits.find(visitId).orElseThrow(() -> new NotFoundException("HomeVisit", visitId));
        if (!CareRecordAccess.mayRead(actor, visit.getInstitutionId())) {
            throw new NotFoundException("HomeVisit", visitId);
        }
        return visit;
    }

    private void requireInOrder(VisitForm form, CareAdmission admission, VisitRules dayRules, HomeVisit existing) {
        LocalDate day = form.checkedInAt().toLocalDate();
        CareWorker worker = workers.find(form.careWorkerId()).orElse(null);
        int already = worker == null ? 0 : visits.visitsPerWorkerDay(List.of(worker.getId()), day, day)
                .getOrDefault(worker.getId() + "/" + day, 0) - (existing == null ? 0 : 1);
        VisitCheck.Context context = new VisitCheck.Context(admission, worker, dayRules.catalogue(),
                LocalDateTime.now(clock), months.isClosed(admission.getInstitutionId(), YearMonth.from(day)),
                already, dayRules.maxVisitsPerWorkerPerDay());
        List<FieldError> errors = VisitCheck.problems(form, context);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private CareAdmission ownAdmission(Actor actor, long admissionId) {
        return CareRecordAccess.requireOwn(actor, admissions.find(admissionId), admissionId);
    }
}
