package org.ltcare.benefit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ltcare.assessment.ApplicationService;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.assessment.AssessmentConclusion;
import org.ltcare.assessment.ConclusionRepository;
import org.ltcare.institution.AgreementRepository;
import org.ltcare.institution.AgreementService;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionRepository;
import org.ltcare.institution.Sanction;
import org.ltcare.institution.SanctionService;
import org.ltcare.institution.ServiceAgreement;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccountRepository;
import org.ltcare.shared.workflow.ProcessTasks;

/**
 * Care assignment (rules.md §3): the choice of a care type and institution for a person with an entitled conclusion
 * (checked by the DMN, the institution's agreement for that type, its free places and its sanctions), the
 * institution's admission or refusal, and changes from the 1st of the next month ({@link AdmissionQueries}
 * reads them). Places are decided one admission
 * at a time (the agreement row is locked), and the database keeps one open admission per person.
 */
@Stateless
public class AdmissionService {

    private static final int REASON_MAX = 500;
    private static final int MOST_VISITS_PER_WEEK = 21;

    @Inject
    private AdmissionRepository admissions;

    @Inject
    private ApplicationService applications;

    @Inject
    private AdmissionQueries queries;

    @Inject
    private ConclusionRepository conclusions;

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private AgreementService agreements;

    @Inject
    private AgreementRepository agreementRecords;

    @Inject
    private SanctionService sanctions;

    @Inject
    private CarePlaces places;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private ProcessTasks process;

    @Inject
    private RuntimeService runtime;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /**
     * The institutions of the person's region with an agreement for {@code careType}, each with the check that
     * offers it or says why not (the eligibility table's rule, the sanction, the places): {@link CarePlaces}.
     */
    public List<CareOption> options(Actor actor, long applicationId, CareType careType,
                                    Set<MedicalIndication> indications) {
        return places.options(applications.find(actor, applicationId), careType, indications);
    }

    /** The applicant's side chooses; the institution is asked to confirm. */
    public CareAdmission choose(Actor actor, long applicationId, CareChoice choice) {
        AssessmentApplication application = applications.find(actor, applicationId);
        requireChooser(actor);
        ProcessInstance care = careProcessOf(application.getInsured().getId())
                .orElseThrow(() -> new BusinessException("care.notAwaitingChoice"));
        AssessmentConclusion conclusion = places.entitledConclusion(application);
        LocalDate day = places.firstPossibleDay(conclusion);
        checkChoice(application, conclusion, choice, day);
        CareAdmission admission = new CareAdmission(application.getInsured().getId(), applicationId,
                conclusion.getId(), choice, conclusion.getRuleSetCode(), null, actor.username(), clock.instant());
        writeOrRefuse(() -> admissions.save(admission), "care.alreadyRequested");
        process.complete(actor, care.getId(), CareAssignmentProcess.TASK_CHOOSE, askInstitution(admission));
        audit.record(actor, "REQUEST_ADMISSION", null, admission);
        return admission;
    }

    /**
     * A change of care type or institution while in care; it takes effect on the 1st of the next month once the new
     * institution confirms (rules.md §3, decision D8).
     */
    public CareAdmission requestChange(Actor actor, long currentAdmissionId, CareChoice choice) {
        requireChooser(actor);
        CareAdmission current = queries.find(actor, currentAdmissionId);
        AssessmentApplication application = applications.find(actor, current.getApplicationId());
        ProcessInstance care = careProcessOf(current.getInsuredId())
                .filter(p -> process.subscribed(p.getId(), CareAssignmentProcess.MESSAGE_CHANGE))
                .orElseThrow(() -> new BusinessException("care.notInCare"));
        if (current.getStatus() != AdmissionStatus.ADMITTED || current.getEndsOn() != null) {
            throw new BusinessException("care.notInCare");
        }
        AssessmentConclusion conclusion = places.entitledConclusion(application);
        LocalDate changeDay = firstOfNextMonth(LocalDate.now(clock));
        if (choice.careType() == current.getCareType() && choice.institutionId() == current.getInstitutionId()) {
            throw new ValidationException(List.of(new FieldError("institution", "care.change.same")));
        }
        checkChoice(application, conclusion, choice, changeDay);
        CareAdmission change = new CareAdmission(current.getInsuredId(), current.getApplicationId(),
                conclusion.getId(), choice, conclusion.getRuleSetCode(), current.getId(), actor.username(),
                clock.instant());
        writeOrRefuse(() -> admissions.save(change), "care.alreadyRequested");
        process.correlate(actor, care.getId(), CareAssignmentProcess.MESSAGE_CHANGE, askInstitution(change));
        audit.record(actor, "REQUEST_CHANGE", null, change);
        return change;
    }

    /**
     * The institution takes the person in from {@code admittedOn}; the entitlement starts on the later of that day
     * and the conclusion's benefit start, or for a change on the 1st of the next month, when the old admission ends
     * the day before. 家护 needs a visit plan (visits per week).
     */
    public CareAdmission admit(Actor actor, long admissionId, LocalDate admittedOn, Integer visitsPerWeek) {
        CareAdmission admission = lockedRequest(actor, admissionId);
        List<FieldError> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (admittedOn == null) {
            problems.add(new FieldError("admittedOn", "validation.required"));
        } else if (admittedOn.isAfter(today.plusMonths(1))) {
            problems.add(new FieldError("admittedOn", "care.admittedOn.tooFar"));
        }
        boolean home = admission.getCareType() == CareType.HOME;
        if (home && (visitsPerWeek == null || visitsPerWeek < 1 || visitsPerWeek > MOST_VISITS_PER_WEEK)) {
            problems.add(new FieldError("visitsPerWeek", "care.visits.range", List.of("1",
                    String.valueOf(MOST_VISITS_PER_WEEK))));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        AssessmentConclusion conclusion = conclusions.find(admission.getConclusionId()).orElseThrow();
        LocalDate startsOn = admission.getReplacesAdmissionId() == null
                ? latest(admittedOn, conclusion.getBenefitFrom())
                : latest(firstOfNextMonth(admission.getRequested().getAt().atZone(clock.getZone()).toLocalDate()),
                        firstOfNextMonth(today));
        if (admittedOn.isBefore(conclusion.getConcludedOn())) {
            throw new ValidationException(List.of(new FieldError("admittedOn", "care.admittedOn.beforeConclusion",
                    List.of(conclusion.getConcludedOn().toString()))));
        }
        ServiceAgreement agreement = lockedAgreement(admission, startsOn);
        refuseIfSanctioned(admission.getInstitutionId(), startsOn);
        int places = agreement.lineFor(admission.getCareType()).orElseThrow().getPlaces();
        if (admissions.occupiedFrom(admission.getInstitutionId(), admission.getCareType(), startsOn) >= places) {
            throw new BusinessException("care.noPlace");
        }
        Map<String, Object> before = admission.auditState();
        if (admission.getReplacesAdmissionId() != null) {
            CareAdmission old = admissions.findForUpdate(admission.getReplacesAdmissionId()).orElseThrow();
            Map<String, Object> oldBefore = old.auditState();
            old.endWith(startsOn.minusDays(1), EndReason.CHANGE);
            audit.record(actor, "END_ADMISSION", oldBefore, old);
            // The old period must be closed in the database before the new one opens: the database refuses two
            // admitted periods of one person sharing a day (V17), and the order of updates in one flush is not ours.
            admissions.flush();
        }
        admission.admit(admittedOn, startsOn, home ? visitsPerWeek : null, actor.username(), clock.instant());
        writeOrRefuse(admissions::flush, "care.alreadyInCare");
        process.complete(actor, careProcessOf(admission.getInsuredId()).orElseThrow().getId(), confirmTask(admission),
                Map.of(CareAssignmentProcess.ADMITTED, true));
        audit.record(actor, "ADMIT", before, admission);
        return admission;
    }

    /** The institution declines with a reason; the applicant's side chooses again (a change: care goes on). */
    public CareAdmission decline(Actor actor, long admissionId, String reason) {
        CareAdmission admission = lockedRequest(actor, admissionId);
        String text = reason == null ? "" : reason.trim();
        if (text.isEmpty() || text.length() > REASON_MAX) {
            throw new ValidationException(List.of(new FieldError("declineReason", text.isEmpty()
                    ? "validation.required" : "care.reason.tooLong", text.isEmpty() ? List.of()
                    : List.of(String.valueOf(REASON_MAX)))));
        }
        Map<String, Object> before = admission.auditState();
        admission.decline(text, actor.username(), clock.instant());
        process.complete(actor, careProcessOf(admission.getInsuredId()).orElseThrow().getId(), confirmTask(admission),
                Map.of(CareAssignmentProcess.ADMITTED, false));
        audit.record(actor, "DECLINE", before, admission);
        return admission;
    }

    /** Whether the step waiting on the person's care process is the choice (so a choice can be made now). */
    public boolean awaitsChoice(long insuredId) {
        return careProcessOf(insuredId)
                .flatMap(p -> process.waiting(p.getId(), CareAssignmentProcess.TASK_CHOOSE)).isPresent();
    }

    /** Whether a change can be asked for now (in care, no change waiting). */
    public boolean mayRequestChange(long insuredId) {
        return careProcessOf(insuredId)
                .filter(p -> process.subscribed(p.getId(), CareAssignmentProcess.MESSAGE_CHANGE)).isPresent();
    }

    /** The person's running care-assignment workflow, if any. */
    public Optional<ProcessInstance> careProcessOf(long insuredId) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery()
                .processDefinitionKey(CareAssignmentProcess.KEY)
                .variableValueEquals(CareAssignmentProcess.INSURED_ID, insuredId).active().singleResult());
    }

    // ---- checks

    /** The same check as the list of options: the first refusal is thrown (eligibility, agreement, sanction, places). */
    private void checkChoice(AssessmentApplication application, AssessmentConclusion conclusion, CareChoice choice,
                             LocalDate day) {
        if (choice.careType() == null) {
            throw new ValidationException(List.of(new FieldError("careType", "validation.required")));
        }
        CareInstitution institution = institutions.find(choice.institutionId())
                .orElseThrow(() -> new ValidationException(List.of(new FieldError("institution",
                        "validation.required"))));
        places.check(application, conclusion, choice.careType(), choice.indications(), institution, day).refusal()
                .ifPresent(refusal -> {
                    throw refusal.exception();
                });
    }

    /** Decision D9: an institution under a stop on new admissions is refused, with the sanction's reason. */
    private void refuseIfSanctioned(long institutionId, LocalDate day) {
        Optional<Sanction> stop = sanctions.admissionStopOn(institutionId, day);
        if (stop.isPresent()) {
            throw new BusinessException("care.admissionsSuspended", stop.get().getReason(),
                    stop.get().getDocumentNumber());
        }
    }

    private ServiceAgreement lockedAgreement(CareAdmission admission, LocalDate day) {
        ServiceAgreement inForce = agreements.inForce(admission.getInstitutionId(), day)
                .filter(a -> a.lineFor(admission.getCareType()).isPresent())
                .orElseThrow(() -> new BusinessException("care.notAgreed",
                        institutions.find(admission.getInstitutionId()).orElseThrow().getName()));
        return agreementRecords.findForUpdate(inForce.getId()).orElseThrow();
    }

    /** Whether the actor confirms or declines the institution's admission requests (their own staff). */
    public boolean maySettleRequests(Actor actor, long institutionId) {
        return actor.isInstitutionScoped() && actor.organisationId() == institutionId
                && actor.hasAny(Role.INSTITUTION_STAFF, Role.INSTITUTION_ADMIN);
    }

    private CareAdmission lockedRequest(Actor actor, long admissionId) {
        CareAdmission admission = admissions.findForUpdate(admissionId)
                .orElseThrow(() -> new NotFoundException("CareAdmission", admissionId));
        if (!maySettleRequests(actor, admission.getInstitutionId())) {
            if (actor.isInstitutionScoped()) {
                throw new NotFoundException("CareAdmission", admissionId);
            }
            throw new AccessDeniedException("care.admit");
        }
        if (admission.getStatus() != AdmissionStatus.REQUESTED) {
            throw new BusinessException("care.notAwaitingConfirmation");
        }
        return admission;
    }

    /** Bureau staff choose for the person; an institution's users may choose for a person whose case they see. */
    public boolean mayChoose(Actor actor) {
        return actor.hasAny(Role.AGENCY_REVIEWER, Role.INSTITUTION_STAFF, Role.INSTITUTION_ADMIN);
    }

    private void requireChooser(Actor actor) {
        if (!mayChoose(actor)) {
            throw new AccessDeniedException("care.choose");
        }
    }

    private Map<String, Object> askInstitution(CareAdmission admission) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CareAssignmentProcess.ADMISSION_ID, admission.getId());
        variables.put(CareAssignmentProcess.INSTITUTION_USERS, accounts.institutionUsersOf(admission.getInstitutionId()));
        return variables;
    }

    /** A write the database's unique keys may refuse (a second request or open admission of one person). */
    private static void writeOrRefuse(Runnable write, String key) {
        try {
            write.run();
        } catch (PersistenceException e) {
            throw new BusinessException(key);
        }
    }

    private static String confirmTask(CareAdmission admission) {
        return admission.getReplacesAdmissionId() == null ? CareAssignmentProcess.TASK_CONFIRM_ADMISSION
                : CareAssignmentProcess.TASK_CONFIRM_CHANGE;
    }

    static LocalDate firstOfNextMonth(LocalDate day) {
        return day.withDayOfMonth(1).plusMonths(1);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
