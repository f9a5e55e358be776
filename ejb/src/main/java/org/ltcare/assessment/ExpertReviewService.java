package org.ltcare.assessment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.workflow.ProcessTasks;

/**
 * 复核: the agency's supervisor approves a confirmed assessment, or sends it back to the assessors with a reason.
 * An approved round goes on public notice, except a re-assessment on an objection, which goes straight to its
 * conclusion.
 */
@Stateless
public class ExpertReviewService {

    @Inject
    private AssessmentRepository assessments;

    @Inject
    private PublicNoticeService notices;

    @Inject
    private ProcessTasks process;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public Assessment approve(Actor actor, long assessmentId) {
        Assessment round = forReview(actor, assessmentId);
        Map<String, Object> before = round.auditState();
        round.approve(actor.username(), clock.instant());
        audit.record(actor, "APPROVE", before, round);
        Map<String, Object> variables = new HashMap<>();
        variables.put(AssessmentProcess.REVIEW_APPROVED, true);
        boolean noticeRequired = !round.getPurpose().isObjection();
        variables.put(AssessmentProcess.NOTICE_REQUIRED, noticeRequired);
        if (noticeRequired) {
            PublicNotice notice = notices.open(actor, round);
            variables.put(AssessmentProcess.NOTICE_ENDS, AssessmentProcess.after(notice.getEndsOn()));
        }
        process.complete(actor, round.getApplication().getProcessInstanceId(), AssessmentProcess.TASK_EXPERT_REVIEW,
                variables);
        return round;
    }

    public Assessment sendBack(Actor actor, long assessmentId, String reason) {
        String text = OnSiteAssessmentService.requireReason(reason);
        Assessment round = forReview(actor, assessmentId);
        Map<String, Object> before = round.auditState();
        round.sendBack(actor.username(), clock.instant(), text);
        process.complete(actor, round.getApplication().getProcessInstanceId(), AssessmentProcess.TASK_EXPERT_REVIEW,
                Map.of(AssessmentProcess.REVIEW_APPROVED, false));
        audit.record(actor, "SEND_BACK", before, round);
        return round;
    }

    /**
     * The supervisor has followed up an overdue on-site assessment (called the assessors, re-planned the visit):
     * the escalation task is done; the assessment itself goes on. The note is kept in the case's history.
     */
    public void followUpOverdue(Actor actor, long assessmentId, String note) {
        String text = OnSiteAssessmentService.requireReason(note);
        if (!actor.has(Role.ASSESSMENT_SUPERVISOR)) {
            throw new AccessDeniedException("assessment.review");
        }
        Assessment round = assessments.find(assessmentId)
                .filter(a -> a.getAgencyId() == actor.organisationId())
                .orElseThrow(() -> new NotFoundException("Assessment", assessmentId));
        process.complete(actor, round.getApplication().getProcessInstanceId(),
                AssessmentProcess.TASK_OVERDUE_ESCALATION, Map.of("escalationNote", text));
        audit.record(actor, "FOLLOW_UP_OVERDUE", round.auditState(), round);
    }

    public boolean isOverdueEscalated(Assessment round) {
        return process.waiting(round.getApplication().getProcessInstanceId(),
                AssessmentProcess.TASK_OVERDUE_ESCALATION).isPresent();
    }

    private Assessment forReview(Actor actor, long assessmentId) {
        if (!actor.has(Role.ASSESSMENT_SUPERVISOR)) {
            throw new AccessDeniedException("assessment.review");
        }
        Assessment round = assessments.findForUpdate(assessmentId)
                .filter(a -> a.getAgencyId() == actor.organisationId())
                .orElseThrow(() -> new NotFoundException("Assessment", assessmentId));
        return round;
    }
}
