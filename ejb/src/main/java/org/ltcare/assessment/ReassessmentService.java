package org.ltcare.assessment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.workflow.ProcessTasks;

/**
 * New assessments of a concluded case (rules.md §2.7): the supervisor's decision on the reminder raised before
 * the conclusion expires, and a re-assessment the bureau orders early (a complaint, an inspection). Either opens
 * a new round with two drawn assessors; its conclusion supersedes the one in force.
 */
@Stateless
public class ReassessmentService {

    @Inject
    private ApplicationService applications;

    @Inject
    private DispatchService dispatch;

    @Inject
    private ProcessTasks process;

    @Inject
    private AuditLog audit;

    /** Re-assess before expiry, or not (the person died or left the scheme): then benefits end with the conclusion. */
    public void decideOnExpiry(Actor actor, long applicationId, boolean reassess, String note) {
        CaseAction.DECIDE_ON_EXPIRY.require(actor);
        String reason = OnSiteAssessmentService.requireReason(note);
        AssessmentApplication application = applications.find(actor, applicationId);
        if (process.waiting(application.getProcessInstanceId(), AssessmentProcess.TASK_EXPIRY_REASSESSMENT).isEmpty()) {
            throw new BusinessException("process.taskNotWaiting", AssessmentProcess.TASK_EXPIRY_REASSESSMENT);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(AssessmentProcess.REASSESS, reassess);
        variables.put("expiryNote", reason);
        if (reassess) {
            variables.putAll(dispatch.openRound(actor, application, AssessmentPurpose.EXPIRY, reason));
        } else {
            audit.record(actor, "NO_REASSESSMENT", application.auditState(), application);
        }
        process.complete(actor, application.getProcessInstanceId(), AssessmentProcess.TASK_EXPIRY_REASSESSMENT,
                variables);
    }

    /** Bureau staff order a re-assessment of a concluded case now, with the reason; recorded on the new round. */
    public void orderEarly(Actor actor, long applicationId, String reason) {
        CaseAction.ORDER_EARLY.require(actor);
        String text = OnSiteAssessmentService.requireReason(reason);
        AssessmentApplication application = applications.find(actor, applicationId);
        if (!process.subscribed(application.getProcessInstanceId(), AssessmentProcess.MESSAGE_EARLY_REASSESSMENT)) {
            throw new BusinessException("assessment.order.notNow");
        }
        Map<String, Object> variables = dispatch.openRound(actor, application, AssessmentPurpose.ORDERED, text);
        process.correlate(actor, application.getProcessInstanceId(), AssessmentProcess.MESSAGE_EARLY_REASSESSMENT,
                variables);
    }
}
