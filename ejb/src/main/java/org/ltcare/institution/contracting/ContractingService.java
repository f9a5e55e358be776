package org.ltcare.institution.contracting;

import static org.ltcare.shared.workflow.TimerDates.after;
import static org.ltcare.shared.workflow.TimerDates.at;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.ltcare.institution.AgreedCareType;
import org.ltcare.institution.AgreementCheck;
import org.ltcare.institution.AgreementService;
import org.ltcare.institution.AgreementTerms;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionFacts;
import org.ltcare.institution.InstitutionRepository;
import org.ltcare.institution.InstitutionService;
import org.ltcare.institution.ServiceAgreement;
import org.ltcare.institution.contracting.ContractingApplication.EvaluationManner;
import org.ltcare.institution.evaluation.ScoreSheet;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.RuleSetService;
import org.ltcare.policy.rules.ContractingTerms;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.calendar.WorkingDayCalendar;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.workflow.ProcessTasks;

/**
 * Contracting (定点协议管理, rules.md §4): an institution applies (or the agency enters the application), the agency
 * reviews its documents against the checklist and returns incomplete ones with a deadline, evaluates it on the
 * score sheet, a passing institution is publicly noticed, and the bureau's approver signs the agreement. Renewals
 * start on the workflow's timer ({@link ContractingLifecycle}). Each step is one transaction: the row changes,
 * the audit entry and the process moving on commit together, or nothing does.
 */
@Stateless
public class ContractingService {

    private static final int REASON_MAX = 500;

    @Inject
    private ContractingRepository applications;

    @Inject
    private InstitutionService institutions;

    /** For the workflow's own steps (timers), which act without a user and so without a scope. */
    @Inject
    private InstitutionRepository institutionRecords;

    @Inject
    private AgreementService agreements;

    @Inject
    private RuleSetService ruleSets;

    @Inject
    private WorkingDayCalendar calendar;

    @Inject
    private ProcessTasks process;

    @Inject
    private RuntimeService runtime;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public ContractingApplication submit(Actor actor, long institutionId, List<AgreedCareType> requested) {
        requireApplicant(actor, institutionId);
        CareInstitution institution = institutions.find(actor, institutionId);
        LocalDate today = LocalDate.now(clock);
        applications.of(institutionId).stream().filter(a -> a.getStatus().isOpen()).findFirst().ifPresent(open -> {
            throw new BusinessException("contracting.alreadyOpen", open.getNumber());
        });
        agreements.inForce(institutionId, today).ifPresent(agreement -> {
            throw new BusinessException("contracting.agreementInForce", agreement.getNumber());
        });
        RuleSet rules = rulesFor(institution, today);
        List<FieldError> problems = new ArrayList<>(termProblems(institution, rules, requested));
        if (institution.getCreditCode() == null) {
            problems.add(new FieldError("creditCode", "contracting.profile.creditCodeMissing"));
        }
        if (institutions.licences(actor, institutionId).stream().noneMatch(l -> l.isValidOn(today))) {
            problems.add(new FieldError("licences", "contracting.licence.noneValid"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        ContractingApplication application = new ContractingApplication(
                applications.nextNumber(institution, today), institutionId,
                ContractingKind.NEW, requested, rules.getCode(), null, actor.username(), clock.instant());
        applications.save(application);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ContractingProcess.CONTRACTING_ID, application.getId());
        variables.put("insuredName", institution.getName());
        // The business key is the application the process is about now: task lists link to its page.
        application.startedAs(process.asUser(actor, () -> runtime.startProcessInstanceByKey(ContractingProcess.KEY,
                String.valueOf(application.getId()), variables).getId()));
        audit.record(actor, "SUBMIT", null, application);
        return application;
    }

    /** The document review: no missing item lets the application on to evaluation; any returns it. */
    public ContractingApplication review(Actor actor, long id, Set<ChecklistItem> missing, String reason) {
        requireRole(actor, Role.AGENCY_REVIEWER, "contracting.review");
        ContractingApplication application = lockedOpen(actor, id, ContractingStatus.DOCUMENT_REVIEW);
        Map<String, Object> before = application.auditState();
        Map<String, Object> variables = new HashMap<>();
        if (missing.isEmpty()) {
            application.documentsComplete();
            variables.put(ContractingProcess.DOCUMENTS_COMPLETE, true);
            confirmRegistration(actor, application.getInstitutionId());
        } else {
            String text = requiredReason(reason);
            LocalDate due = calendar.addWorkingDays(LocalDate.now(clock),
                    terms(application).correctionWorkingDays());
            application.returnForCorrection(missing, text, due);
            variables.put(ContractingProcess.DOCUMENTS_COMPLETE, false);
            variables.put(ContractingProcess.CORRECTION_LAPSES_AT, after(due));
        }
        process.complete(actor, application.getProcessInstanceId(), ContractingProcess.TASK_DOCUMENT_REVIEW, variables);
        audit.record(actor, missing.isEmpty() ? "DOCUMENTS_COMPLETE" : "RETURN_FOR_CORRECTION", before, application);
        return application;
    }

    /** Complete documents show who a self-registered institution is: its registration is confirmed. */
    private void confirmRegistration(Actor actor, long institutionId) {
        CareInstitution institution = institutionRecords.findForUpdate(institutionId)
                .orElseThrow(() -> new NotFoundException("CareInstitution", institutionId));
        if (institution.isPendingRegistration()) {
            Map<String, Object> before = institution.auditState();
            institution.confirmRegistration();
            audit.record(actor, "CONFIRM_REGISTRATION", before, institution);
        }
    }

    /** The institution (or the agency for it) hands in the corrected application before the deadline. */
    public ContractingApplication resubmit(Actor actor, long id, List<AgreedCareType> requested) {
        ContractingApplication application = lockedOpen(actor, id, ContractingStatus.RETURNED);
        requireApplicant(actor, application.getInstitutionId());
        CareInstitution institution = institutions.find(actor, application.getInstitutionId());
        List<FieldError> problems = termProblems(institution, rulesFor(institution, LocalDate.now(clock)), requested);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Map<String, Object> before = application.auditState();
        application.corrected(requested);
        process.correlate(actor, application.getProcessInstanceId(), ContractingProcess.MESSAGE_DOCUMENTS_CORRECTED,
                Map.of());
        audit.record(actor, "RESUBMIT", before, application);
        return application;
    }

    /** The expert or on-site evaluation; a score at the rule set's pass mark or above goes to public notice. */
    public ContractingApplication evaluate(Actor actor, long id, EvaluationManner manner, ScoreSheet sheet,
                                           String remarks) {
        requireRole(actor, Role.AGENCY_REVIEWER, "contracting.evaluate");
        if (manner == null) {
            throw new ValidationException(List.of(new FieldError("manner", "contracting.evaluation.mannerMissing")));
        }
        sheet.check();
        String note = optionalReason(remarks, "remarks");
        ContractingApplication application = lockedOpen(actor, id, ContractingStatus.EVALUATION);
        ContractingTerms terms = terms(application);
        boolean passed = terms.passes(sheet.total());
        LocalDate today = LocalDate.now(clock);
        LocalDate noticeUntil = passed ? calendar.addWorkingDays(today, terms.noticeWorkingDays()) : null;
        Map<String, Object> before = application.auditState();
        application.evaluated(manner, sheet, passed, note, actor.username(), clock.instant(),
                passed ? today : null, noticeUntil);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ContractingProcess.EVALUATION_PASSED, passed);
        if (passed) {
            variables.put(ContractingProcess.NOTICE_ENDS_AT, after(noticeUntil));
        }
        process.complete(actor, application.getProcessInstanceId(), ContractingProcess.TASK_EVALUATION, variables);
        audit.record(actor, passed ? "EVALUATION_PASSED" : "EVALUATION_FAILED", before, application);
        return application;
    }

    /**
     * Signs the agreement on the approver's terms: after the notice for a new institution, or for a renewal,
     * following on from the agreement it renews (the day after its last day).
     */
    public ServiceAgreement sign(Actor actor, long id, AgreementTerms terms) {
        requireRole(actor, Role.BUREAU_APPROVER, "agreement.sign");
        ContractingApplication application = awaitingSignature(actor, id);
        Long renews = application.getRenewsAgreementId();
        if (renews != null) {
            LocalDate follows = agreements.find(actor, renews).getValidUntil().plusDays(1);
            if (terms.validFrom() == null || !terms.validFrom().equals(follows)) {
                throw new ValidationException(List.of(new FieldError("validFrom", "contracting.renewal.startsAfter",
                        List.of(follows.toString()))));
            }
        }
        ServiceAgreement agreement = agreements.sign(actor, application.getInstitutionId(), terms, renews);
        Map<String, Object> before = application.auditState();
        application.signed(agreement.getId());
        ContractingTerms rules = rulesFor(institution(application.getInstitutionId()),
                agreement.getValidFrom()).content().contracting();
        Map<String, Object> variables = new HashMap<>();
        variables.put(outcomeVariable(application), true);
        variables.put(ContractingProcess.RENEWAL_STARTS_AT, at(rules.renewalStarts(agreement.getValidUntil())));
        variables.put(ContractingProcess.AGREEMENT_ENDS_AT, after(agreement.getValidUntil()));
        variables.put(ContractingProcess.CONTRACTING_ID, application.getId());
        process.complete(actor, application.getProcessInstanceId(), signingTask(application), variables);
        audit.record(actor, "SIGNED", before, application);
        return agreement;
    }

    /** The approver declines to sign (e.g. a substantiated objection during the notice) or to renew. */
    public ContractingApplication refuse(Actor actor, long id, String reason) {
        requireRole(actor, Role.BUREAU_APPROVER, "agreement.sign");
        String text = requiredReason(reason);
        ContractingApplication application = awaitingSignature(actor, id);
        Map<String, Object> before = application.auditState();
        application.refused(text);
        process.complete(actor, application.getProcessInstanceId(), signingTask(application),
                Map.of(outcomeVariable(application), false));
        audit.record(actor, "REFUSED", before, application);
        return application;
    }

    public ContractingApplication find(Actor actor, long id) {
        ContractingApplication application = applications.find(id)
                .orElseThrow(() -> new NotFoundException("ContractingApplication", id));
        institutions.find(actor, application.getInstitutionId());
        return application;
    }

    /** The institution's applications and renewals, newest first. */
    public List<ContractingApplication> of(Actor actor, long institutionId) {
        institutions.find(actor, institutionId);
        return applications.of(institutionId);
    }

    /** The agency's and bureau's queue, oldest first; every state when {@code states} is empty. */
    public List<ContractingApplication> queue(Actor actor, List<ContractingStatus> states, int first, int max) {
        requireBureau(actor);
        return applications.inStatus(statesOrAll(states), first, max);
    }

    public long count(Actor actor, List<ContractingStatus> states) {
        requireBureau(actor);
        return applications.countInStatus(statesOrAll(states));
    }

    /**
     * What {@code actor} may do now with the contracting of institution {@code institutionId}, whose application on
     * screen is {@code application} (null: none yet). The same checks as the commands: a page offers what they accept.
     */
    /** Whether the actor may start a contracting application for the institution (the check {@code apply} makes). */
    public boolean mayApply(Actor actor, long institutionId) {
        return ContractingActions.isApplicant(actor, institutionId);
    }

    public Set<ContractingAction> allowedActions(Actor actor, long institutionId, ContractingApplication application) {
        return ContractingActions.allowed(actor, institutionId, application,
                application != null && isNoticeRunning(application));
    }

    /** The public notice of an admitted applicant has not ended yet: the approver signs once it has. */
    public boolean isNoticeRunning(ContractingApplication application) {
        return application.getStatus() == ContractingStatus.PUBLIC_NOTICE
                && !isWaitingFor(application, ContractingProcess.TASK_SIGN);
    }

    /** Whether the step waiting on the application can be done now (the notice timer may not have fired yet). */
    public boolean isWaitingFor(ContractingApplication application, String taskKey) {
        return application.getProcessInstanceId() != null
                && process.waiting(application.getProcessInstanceId(), taskKey).isPresent();
    }

    private ContractingApplication awaitingSignature(Actor actor, long id) {
        ContractingApplication application = applications.findForUpdate(id)
                .orElseThrow(() -> new NotFoundException("ContractingApplication", id));
        institutions.find(actor, application.getInstitutionId());
        if (isNoticeRunning(application)) {
            throw new BusinessException("contracting.noticeNotOver", String.valueOf(application.getNoticeUntil()));
        }
        if (application.getStatus() != ContractingStatus.PUBLIC_NOTICE
                && application.getStatus() != ContractingStatus.RENEWAL_REVIEW) {
            throw new BusinessException("contracting.notAwaiting", application.getNumber());
        }
        return application;
    }

    private ContractingApplication lockedOpen(Actor actor, long id, ContractingStatus expected) {
        ContractingApplication application = applications.findForUpdate(id)
                .orElseThrow(() -> new NotFoundException("ContractingApplication", id));
        institutions.find(actor, application.getInstitutionId());
        if (application.getStatus() != expected) {
            throw new BusinessException("contracting.notAwaiting", application.getNumber());
        }
        return application;
    }

    private static String signingTask(ContractingApplication application) {
        return application.getKind() == ContractingKind.RENEWAL ? ContractingProcess.TASK_RENEWAL_DECISION
                : ContractingProcess.TASK_SIGN;
    }

    private static String outcomeVariable(ContractingApplication application) {
        return application.getKind() == ContractingKind.RENEWAL ? ContractingProcess.RENEWED
                : ContractingProcess.SIGNED;
    }

    /** Care types, places and charges as an agreement would be checked; the dates are the approver's later. */
    private static List<FieldError> termProblems(CareInstitution institution, RuleSet rules,
                                                 List<AgreedCareType> requested) {
        return AgreementCheck.careTypeProblems(InstitutionFacts.of(institution), rules.content().care(), requested);
    }

    private ContractingTerms terms(ContractingApplication application) {
        return ruleSets.byCode(regionOf(application), application.getRuleSetCode()).content().contracting();
    }

    private String regionOf(ContractingApplication application) {
        return institution(application.getInstitutionId()).getOrganisation().getRegionCode();
    }

    private CareInstitution institution(long id) {
        return institutionRecords.find(id).orElseThrow(() -> new NotFoundException("CareInstitution", id));
    }

    private RuleSet rulesFor(CareInstitution institution, LocalDate day) {
        return ruleSets.inForce(institution.getOrganisation().getRegionCode(), day);
    }

    private static String requiredReason(String reason) {
        String text = optionalReason(reason, "reason");
        if (text == null) {
            throw new ValidationException(List.of(new FieldError("reason", "contracting.reason.required")));
        }
        return text;
    }

    private static String optionalReason(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.length() > REASON_MAX) {
            throw new ValidationException(List.of(new FieldError(field, "contracting.reason.tooLong",
                    List.of(String.valueOf(REASON_MAX)))));
        }
        return trimmed;
    }

    private static List<ContractingStatus> statesOrAll(List<ContractingStatus> states) {
        return states == null || states.isEmpty() ? List.of(ContractingStatus.values()) : states;
    }

    /** The institution's own administrator applies, or the agency's reviewer enters the application for it. */
    private static void requireApplicant(Actor actor, long institutionId) {
        if (!ContractingActions.isApplicant(actor, institutionId)) {
            throw new AccessDeniedException("contracting.apply");
        }
    }

    private static void requireRole(Actor actor, Role role, String action) {
        if (!actor.has(role)) {
            throw new AccessDeniedException(action);
        }
    }

    private static void requireBureau(Actor actor) {
        if (actor.roles().stream().noneMatch(Role::isBureauRole)) {
            throw new AccessDeniedException("contracting.queue");
        }
    }
}
