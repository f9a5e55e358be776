package org.ltcare.settlement.claim;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.ltcare.institution.InstitutionRepository;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.UserAccountRepository;
import org.ltcare.shared.workflow.ProcessTasks;
import org.ltcare.shared.workflow.TaskDues;
import org.ltcare.shared.workflow.TaskListService;
import org.ltcare.shared.workflow.TimerDates;

/**
 * A claim's way through {@code monthly-settlement.bpmn}: started on its first submission, moved on by the review
 * services in their own transactions (a step the process is not waiting for rolls the service's change back). The
 * model only routes; the rules — who may review or approve, one resubmission — stay on the claim.
 */
@Stateless
public class ClaimProcess {

    static final String KEY = "monthly-settlement";
    static final String TASK_FIRST_REVIEW = "Task_FirstReview";
    static final String TASK_SECOND_REVIEW = "Task_SecondReview";
    static final String TASK_APPROVAL = "Task_PayoutApproval";
    static final String TASK_CORRECTION = "Task_Correction";
    static final String TASK_ESCALATION = "Task_DeadlineEscalation";
    static final String TIMER_PAYOUT_DUE = "Timer_PayoutDue";
    /** The variable the review and approval tasks' camunda:dueDate reads. */
    static final String PAYOUT_DUE = "payoutDueAt";

    /** The process variable naming the claim. */
    public static final String CLAIM_ID = "claimId";

    @Inject
    private ProcessTasks process;

    @Inject
    private RuntimeService runtime;

    @Inject
    private ManagementService management;

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private UserAccountRepository accounts;

    /**
     * A first submission starts the process; a resubmission completes the correction and moves the deadline's
     * escalation to the new due date.
     */
    public void submitted(Actor actor, CareClaim claim) {
        Date due = TimerDates.at(claim.getPayoutDueOn());
        if (claim.getProcessInstanceId() == null) {
            Map<String, Object> variables = new HashMap<>();
            variables.put(CLAIM_ID, claim.getId());
            variables.put(TaskListService.SUBJECT_VARIABLE, institutions.find(claim.getInstitutionId())
                    .map(i -> i.getName()).orElse("") + " " + claim.getMonth());
            variables.put("institutionUsers", accounts.institutionUsersOf(claim.getInstitutionId()));
            TaskDues.put(variables, PAYOUT_DUE, due, claim.getPayoutDueBasis());
            variables.put("escalationAt", due);
            claim.followedBy(process.asUser(actor, () -> runtime.startProcessInstanceByKey(KEY,
                    String.valueOf(claim.getId()), variables).getId()));
            return;
        }
        Map<String, Object> resubmitted = new HashMap<>();
        TaskDues.put(resubmitted, PAYOUT_DUE, due, claim.getPayoutDueBasis());
        complete(actor, claim, TASK_CORRECTION, resubmitted);
        Job escalation = management.createJobQuery().processInstanceId(claim.getProcessInstanceId())
                .activityId(TIMER_PAYOUT_DUE).singleResult();
        if (escalation != null) {
            management.setJobDuedate(escalation.getId(), due);
        }
    }

    public void firstReviewed(Actor actor, CareClaim claim, boolean returned, LocalDate correctionEndsOn) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("returned", returned);
        variables.put("mayResubmit", claim.mayResubmit());
        variables.put("correctionDueAt", TimerDates.after(correctionEndsOn));
        variables.put(TaskListService.NOT_FOR_USER, actor.username());
        complete(actor, claim, TASK_FIRST_REVIEW, variables);
    }

    public void secondReviewed(Actor actor, CareClaim claim) {
        complete(actor, claim, TASK_SECOND_REVIEW, Map.of());
    }

    public void approved(Actor actor, CareClaim claim) {
        complete(actor, claim, TASK_APPROVAL, Map.of());
    }

    public void escalationHandled(Actor actor, CareClaim claim, String note) {
        complete(actor, claim, TASK_ESCALATION, Map.of("escalationNote", note));
    }

    /** Whether the payout deadline's escalation waits for an approver now. */
    public boolean isEscalated(CareClaim claim) {
        return claim.getProcessInstanceId() != null
                && process.waiting(claim.getProcessInstanceId(), TASK_ESCALATION).isPresent();
    }

    /** Claims submitted before the workflow existed (V22) have no process: their steps are the claim's alone. */
    private void complete(Actor actor, CareClaim claim, String task, Map<String, Object> variables) {
        if (claim.getProcessInstanceId() != null) {
            process.complete(actor, claim.getProcessInstanceId(), task, variables);
        }
    }
}
