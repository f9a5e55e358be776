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
                issued, deciding, objectionWindow(issued, deciding || reassessing));
    }

    /** Only a first conclusion can be objected to, within the window, and not while one is decided or re-assessed. */
    private LocalDate objectionWindow(List<AssessmentConclusion> issued, boolean busy) {
        if (issued.size() != 1 || busy || issued.get(0).getStatus() != AssessmentConclusion.Status.IN_FORCE) {
            return null;
        }
        AssessmentConclusion conclusion = issued.get(0);
        LocalDate lastDay = conclusionService.objectionWindowLastDay(conclusion,
                ruleSets.find(conclusion.getRuleSetId()).orElseThrow().content().procedure());
        return LocalDate.now(clock).isAfter(lastDay) ? null : lastDay;
    }
}
