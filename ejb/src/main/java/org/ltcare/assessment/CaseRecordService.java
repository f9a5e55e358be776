package org.ltcare.assessment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
        return new CaseRecord(rounds, notices.ofApplication(applicationId), notices.objectionsOf(applicationId),
                issued, deciding, objectionWindow(rounds, issued, deciding || reassessing),
                waitingAt(application, AssessmentProcess.TASK_EXPIRY_REASSESSMENT),
                process.subscribed(application.getProcessInstanceId(), AssessmentProcess.MESSAGE_EARLY_REASSESSMENT));
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
