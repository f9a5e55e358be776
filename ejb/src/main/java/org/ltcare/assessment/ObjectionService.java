package org.ltcare.assessment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ltcare.policy.RuleSetRepository;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.workflow.ProcessTasks;

/**
 * Objections outside the public page: the applicant's side objecting to a first conclusion within the rule
 * set's window (recorded by the agency or the applicant's institution), and the agency's decision on the
 * objections of a case. An accepted objection opens a re-assessment by two assessors of neither earlier round.
 */
@Stateless
public class ObjectionService {

    @Inject
    private ApplicationService applications;

    @Inject
    private NoticeRepository notices;

    @Inject
    private AssessmentRepository assessments;

    @Inject
    private ConclusionRepository conclusions;

    @Inject
    private ConclusionService conclusionService;

    @Inject
    private RuleSetRepository ruleSets;

    @Inject
    private DispatchService dispatch;

    @Inject
    private ProcessTasks process;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public Objection lodgeForApplicant(Actor actor, long applicationId, ObjectionForm form) {
        CaseAction.LODGE_OBJECTION.require(actor);
        form.check();
        AssessmentApplication application = applications.find(actor, applicationId);
        AssessmentConclusion conclusion = conclusions.ofApplication(applicationId).stream()
                .filter(c -> c.getStatus() == AssessmentConclusion.Status.IN_FORCE).findFirst()
                .orElseThrow(() -> new BusinessException("objection.noConclusion"));
        if (assessments.find(conclusion.getAssessmentId()).orElseThrow().getPurpose().isObjection()) {
            throw new BusinessException("objection.reassessmentFinal");
        }
        LocalDate lastDay = conclusionService.objectionWindowLastDay(conclusion,
                ruleSets.find(conclusion.getRuleSetId()).orElseThrow().content().procedure());
        if (LocalDate.now(clock).isAfter(lastDay)) {
            throw new BusinessException("objection.windowClosed", lastDay.toString());
        }
        boolean reassessing = assessments.latestOf(applicationId).map(a -> a.getId() != conclusion.getAssessmentId())
                .orElse(false);
        if (reassessing) {
            throw new BusinessException("objection.reassessmentUnderway");
        }
        if (process.waiting(application.getProcessInstanceId(), AssessmentProcess.TASK_DECIDE_OBJECTION).isPresent()) {
            throw new BusinessException("objection.decisionPending");
        }
        Objection objection = new Objection(applicationId, null, Objection.Source.APPLICANT, form, actor.username(),
                clock.instant());
        notices.save(objection);
        process.correlate(actor, application.getProcessInstanceId(), AssessmentProcess.MESSAGE_APPLICANT_OBJECTION,
                Map.of(AssessmentProcess.OBJECTIONS_LODGED, true));
        audit.record(actor, "LODGE_OBJECTION", null, objection);
        return objection;
    }

    public List<Objection> of(Actor actor, long applicationId) {
        applications.find(actor, applicationId);
        return notices.objectionsOf(applicationId);
    }

    /** Decides every undecided objection of the case at once, with one reason. */
    public void decide(Actor actor, long applicationId, boolean accepted, String reason) {
        CaseAction.DECIDE_OBJECTIONS.require(actor);
        String text = OnSiteAssessmentService.requireReason(reason);
        AssessmentApplication application = applications.find(actor, applicationId);
        List<Objection> undecided = notices.undecidedObjectionsOf(applicationId);
        if (undecided.isEmpty()) {
            throw new BusinessException("objection.noneToDecide");
        }
        for (Objection objection : undecided) {
            Map<String, Object> before = objection.auditState();
            objection.decide(accepted, actor.username(), clock.instant(), text);
            audit.record(actor, accepted ? "ACCEPT_OBJECTION" : "REJECT_OBJECTION", before, objection);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(AssessmentProcess.OBJECTION_ACCEPTED, accepted);
        variables.put(AssessmentProcess.OBJECTIONS_LODGED, false);
        if (accepted) {
            variables.putAll(dispatch.openRound(actor, application, AssessmentPurpose.OBJECTION, text));
        }
        process.complete(actor, application.getProcessInstanceId(), AssessmentProcess.TASK_DECIDE_OBJECTION,
                variables);
    }
}
