package org.ltcare.assessment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.camunda.bpm.engine.RuntimeService;
import org.ltcare.insured.IdNumber;
import org.ltcare.insured.InsuredPerson;
import org.ltcare.insured.InsuredRepository;
import org.ltcare.policy.RuleSetService;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.calendar.DeadlineExplanation;
import org.ltcare.shared.calendar.WorkingDayCalendar;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.workflow.ProcessTasks;
import org.ltcare.shared.workflow.TaskDues;

/**
 * Filing an assessment application (which starts the disability-assessment process) and the agency's
 * acceptance decision (受理 / 不予受理), which completes the process's first task in the same transaction;
 * an accepted application is dispatched to two assessors in that transaction too.
 */
@Stateless
public class ApplicationService {

    /** Who accepts or refuses an application (受理/不予受理). */
    private static final Role DECIDER = Role.AGENCY_REVIEWER;

    public static final String PROCESS_KEY = "disability-assessment";
    static final String REVIEW_TASK = "Task_ReviewApplication";

    private static final Logger LOG = Logger.getLogger(ApplicationService.class.getName());

    private static final Set<Role> FILERS = EnumSet.of(Role.INSTITUTION_STAFF, Role.INSTITUTION_ADMIN,
            Role.AGENCY_REVIEWER);

    @Inject
    private ApplicationRepository applications;

    @Inject
    private InsuredRepository insured;

    @Inject
    private AuditLog audit;

    @Inject
    private WorkingDayCalendar calendar;

    @Inject
    private RuntimeService runtime;

    @Inject
    private ProcessTasks process;

    @Inject
    private DispatchService dispatch;

    @Inject
    private RuleSetService ruleSets;

    @Inject
    private Clock clock;

    public AssessmentApplication file(Actor actor, NewApplication form) {
        if (!mayFile(actor)) {
            throw new AccessDeniedException("application.file");
        }
        ApplicationValidator.validate(form);
        InsuredPerson person = insured.findByIdNumber(IdNumber.parse(form.insuredIdNumber()))
                .orElseThrow(() -> new BusinessException("application.insuredNotFound"));
        if (!person.isEnrolled()) {
            throw new BusinessException("application.notEnrolled", person.getName());
        }
        if (applications.hasOpenApplication(person.getId())) {
            throw new BusinessException("application.alreadyOpen", person.getName());
        }
        AssessmentApplication application = new AssessmentApplication(person, form, actor.username(),
                actor.organisationId(), clock.instant());
        try {
            applications.save(application);
        } catch (PersistenceException e) {
            // Two filings for the same person raced past the check above: the database's unique key decides.
            throw new BusinessException("application.alreadyOpen", person.getName());
        }
        application.startedAs(startProcess(actor, application));
        audit.record(actor, "FILE", null, application);
        return application;
    }

    private String startProcess(Actor actor, AssessmentApplication application) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("applicationId", application.getId());
        variables.put("insuredName", application.getInsured().getName());
        // Always set, null when unknown: the task's dueDate expression needs the variable, and the engine leaves
        // the due date empty for a null value.
        DeadlineExplanation due = acceptanceDue(actor, application);
        TaskDues.put(variables, "acceptanceDue", due == null ? null : AssessmentProcess.dueAt(due.due()), due);
        return process.asUser(actor, () -> runtime.startProcessInstanceByKey(PROCESS_KEY,
                String.valueOf(application.getId()), variables).getId());
    }

    /**
     * The acceptance deadline (the task is due at 17:00 that day) with how it was counted, or null when the calendar of a year it reaches
     * has not been entered: a missing calendar must not stop anyone from filing, so the task is created without
     * a due date and the gap is logged for the administrators.
     */
    private DeadlineExplanation acceptanceDue(Actor actor, AssessmentApplication application) {
        LocalDate today = LocalDate.now(clock);
        int days = ruleSets.inForce(ruleSets.regionOf(actor), today).content().procedure().acceptanceWorkingDays();
        DeadlineExplanation due = calendar.explainLeniently(today, days);
        if (due.missingYear() != null) {
            LOG.warning("No working-day calendar for " + due.missingYear() + ": application " + application.getId()
                    + " is filed without an acceptance due date. A bureau administrator should enter year "
                    + due.missingYear() + " on the calendar screen.");
            return null;
        }
        return due;
    }

    public AssessmentApplication accept(Actor actor, long applicationId) {
        AssessmentApplication application = forDecision(actor, applicationId);
        Map<String, Object> before = application.auditState();
        application.accept(actor.username(), clock.instant());
        audit.record(actor, "ACCEPT", before, application);
        Map<String, Object> variables = new HashMap<>(dispatch.openRound(actor, application, AssessmentPurpose.INITIAL, null));
        variables.put("accepted", true);
        variables.put(AssessmentProcess.CONCLUDED, false);
        completeReview(actor, application, variables);
        return application;
    }

    public AssessmentApplication refuse(Actor actor, long applicationId, RefusalGround ground, String reason) {
        if (ground == null) {
            throw new BusinessException("application.refusal.groundRequired");
        }
        if (ground.requiresText() && (reason == null || reason.isBlank())) {
            throw new BusinessException("application.refusal.textRequired");
        }
        if (reason != null && reason.length() > 500) {
            throw new BusinessException("application.refusal.textTooLong", 500);
        }
        AssessmentApplication application = forDecision(actor, applicationId);
        Map<String, Object> before = application.auditState();
        application.refuse(ground, reason, actor.username(), clock.instant());
        Map<String, Object> variables = new HashMap<>();
        variables.put("accepted", false);
        variables.put("refusalGround", ground.name());
        variables.put("refusalReason", application.getRefusalReason());
        completeReview(actor, application, variables);
        audit.record(actor, "REFUSE", before, application);
        return application;
    }

    /** Whether the actor may file applications (institutions' staff for their residents, the agency's reviewers). */
    public boolean mayFile(Actor actor) {
        return FILERS.stream().anyMatch(actor::has);
    }

    /** Whether the actor may accept or refuse the application now: the checks {@code accept}/{@code refuse} make. */
    public boolean mayDecide(Actor actor, AssessmentApplication application) {
        return actor.has(DECIDER) && application.getStatus() == ApplicationStatus.SUBMITTED;
    }

    private AssessmentApplication forDecision(Actor actor, long applicationId) {
        if (!actor.has(DECIDER)) {
            throw new AccessDeniedException("application.decide");
        }
        AssessmentApplication application = applications.findForUpdate(applicationId)
                .orElseThrow(() -> new NotFoundException("AssessmentApplication", applicationId));
        if (application.getStatus() != ApplicationStatus.SUBMITTED) {
            throw new BusinessException("application.alreadyDecided", application.getStatus());
        }
        return application;
    }

    private void completeReview(Actor actor, AssessmentApplication application, Map<String, Object> variables) {
        process.complete(actor, application.getProcessInstanceId(), REVIEW_TASK, variables);
    }

    /** The application, if the actor may see it; otherwise "not found", so nobody learns what exists. */
    public AssessmentApplication find(Actor actor, long applicationId) {
        AssessmentApplication application = applications.findVisibleTo(actor, applicationId)
                .orElseThrow(() -> new NotFoundException("AssessmentApplication", applicationId));
        application.getMaterials().size();
        return application;
    }

    public List<AssessmentApplication> list(Actor actor, int first, int max) {
        requireCaseReader(actor);
        return applications.visibleTo(actor, first, max);
    }

    public long count(Actor actor) {
        requireCaseReader(actor);
        return applications.countVisibleTo(actor);
    }

    /** A role that sees no case at all has no list of cases to open (403, not an empty list). */
    public void requireCaseReader(Actor actor) {
        if (ApplicationScope.of(actor).seesNoCases()) {
            throw new AccessDeniedException("application.read");
        }
    }
}
