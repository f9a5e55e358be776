package org.ltcare.assessment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ltcare.policy.RuleSetRepository;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.workflow.ProcessTasks;

/** Reads a case's assessment record for its page, scoped like the application. */
@Stateless
public class CaseRecordService {

    @Inject
    private ApplicationService applications;

    @Inject
    private AssessmentRepository assessments;

    @Inject
    private NoticeRepository notices;

    @Inject
    private ConclusionRepository conclusions;

    @Inject
    private ConclusionService conclusionService;

    @Inject
    private RuleSetRepository ruleSets;

    @Inject
    private ProcessTasks process;

    @Inject
    private Clock clock;

    public CaseRecord of(Actor actor, long applicationId) {
        AssessmentApplication application = applications.find(actor, applicationId);
        List<AssessmentConclusion> issued = conclusions.ofApplication(applicationId);
        boolean deciding = application.getProcessInstanceId() != null && process.waiting(
                application.getProcessInstanceId(), AssessmentProcess.TASK_DECIDE_OBJECTION).isPresent();
        List<Assessment> rounds = assessments.ofApplication(applicationId);
        boolean reassessing = !issued.isEmpty() && !rounds.isEmpty()
                && rounds.get(rounds.size() - 1).getId() != issued.get(issued.size() - 1).getAssessmentId();
        LocalDate objectUntil = objectionWindow(rounds, issued, deciding || reassessing);
        boolean expiryWaiting = waitingAt(application, AssessmentProcess.TASK_EXPIRY_REASSESSMENT);
        boolean orderable = process.subscribed(application.getProcessInstanceId(),
                AssessmentProcess.MESSAGE_EARLY_REASSESSMENT);
        Set<CaseAction> open = EnumSet.noneOf(CaseAction.class);
        offer(open, CaseAction.DECIDE_OBJECTIONS, deciding, actor);
        offer(open, CaseAction.LODGE_OBJECTION, objectUntil != null, actor);
        offer(open, CaseAction.DECIDE_ON_EXPIRY, expiryWaiting, actor);
        offer(open, CaseAction.ORDER_EARLY, orderable, actor);
        offer(open, CaseAction.SEE_OBJECTORS, true, actor);
        offer(open, CaseAction.OPEN_ASSESSMENT, true, actor);
        return new CaseRecord(rounds, notices.ofApplication(applicationId), notices.objectionsOf(applicationId),
                issued, deciding, objectUntil, expiryWaiting, orderable, open);
    }

    private static void offer(Set<CaseAction> open, CaseAction action, boolean caseWaitsForIt, Actor actor) {
        if (caseWaitsForIt && action.allows(actor)) {
            open.add(action);
        }
    }

    private boolean waitingAt(AssessmentApplication application, String taskKey) {
        return application.getProcessInstanceId() != null
                && process.waiting(application.getProcessInstanceId(), taskKey).isPresent();
    }

    /**
     * A conclusion can be objected to within the window, unless it is that of a re-assessment on an objection
     * (final), and not while an objection is decided or a re-assessment runs.
     */
    private LocalDate objectionWindow(List<Assessment> rounds, List<AssessmentConclusion> issued, boolean busy) {
        AssessmentConclusion conclusion = issued.isEmpty() ? null : issued.get(issued.size() - 1);
        if (conclusion == null || busy || conclusion.getStatus() != AssessmentConclusion.Status.IN_FORCE
                || rounds.stream().anyMatch(r -> r.getId() == conclusion.getAssessmentId()
                        && r.getPurpose().isObjection())) {
            return null;
        }
        LocalDate lastDay = conclusionService.objectionWindowLastDay(conclusion,
                ruleSets.find(conclusion.getRuleSetId()).orElseThrow().content().procedure());
        return LocalDate.now(clock).isAfter(lastDay) ? null : lastDay;
    }
}
