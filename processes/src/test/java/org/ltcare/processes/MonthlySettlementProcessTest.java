package org.ltcare.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/**
 * The paths through {@code monthly-settlement.bpmn}: a clean claim through both reviews to approval; a return
 * corrected and resubmitted once (a second return ends it); a correction deadline passing; the payout deadline's
 * escalation, driven by executing its timer. The four eyes themselves are the services' (ClaimFourEyesTest,
 * ClaimIT): the model only routes.
 */
class MonthlySettlementProcessTest extends StandInProcessTest {

  static final String BPMN = "bpmn/monthly-settlement.bpmn";
  static final Date PAYOUT_DUE = Date.from(Instant.parse("2026-12-17T16:00:00Z"));
  static final Date CORRECTION_DUE = Date.from(Instant.parse("2026-12-10T16:00:00Z"));

  @Test
  @Deployment(resources = BPMN)
  void aCleanClaimPassesBothReviewsAndTheApprovalAndWaitsForPayout() {
    ProcessInstance instance = submitted();
    assertThat(task(instance)).hasDefinitionKey("Task_FirstReview").hasCandidateGroup("AGENCY_REVIEWER")
        .hasDueDate(PAYOUT_DUE);

    complete(task(instance), withVariables("returned", false, "mayResubmit", true));
    assertThat(task(instance)).hasDefinitionKey("Task_SecondReview").hasCandidateGroup("AGENCY_REVIEWER");
    complete(task(instance));
    assertThat(task(instance)).hasDefinitionKey("Task_PayoutApproval").hasCandidateGroup("BUREAU_APPROVER");
    complete(task(instance));

    assertThat(instance).isEnded().hasPassed("End_Approved").hasNotPassed("Task_Correction");
    Assertions.assertThat(jobs(instance)).isEmpty();
  }

  @Test
  @Deployment(resources = BPMN)
  void aReturnedClaimIsCorrectedAndResubmittedOnceAndASecondReturnIsFinal() {
    ProcessInstance instance = submitted();
    returned(instance, true);
    assertThat(task(instance)).hasDefinitionKey("Task_Correction").hasCandidateUser("nhadmin")
        .hasCandidateUser("nurse").hasDueDate(CORRECTION_DUE);

    complete(task(instance));
    assertThat(task(instance)).hasDefinitionKey("Task_FirstReview");
    returned(instance, false);

    assertThat(instance).isEnded().hasPassed("End_ReturnedFinally").hasNotPassed("Task_SecondReview");
    Assertions.assertThat(StandInEngine.correctionLapses).isZero();
  }

  @Test
  @Deployment(resources = BPMN)
  void whenTheCorrectionDeadlinePassesTheClaimGoesBackToTheFirstReviewAsItStands() {
    ProcessInstance instance = submitted();
    returned(instance, true);
    Job deadline = job(instance, "Timer_CorrectionDue");
    Assertions.assertThat(deadline.getDuedate()).isEqualTo(CORRECTION_DUE);

    execute(deadline);

    Assertions.assertThat(StandInEngine.correctionLapses).isEqualTo(1);
    assertThat(task(instance)).hasDefinitionKey("Task_FirstReview");
    assertThat(instance).hasPassed("Task_CorrectionLapsed");
  }

  @Test
  @Deployment(resources = BPMN)
  void thePayoutDeadlineEscalatesToTheApproversWhileTheReviewGoesOn() {
    ProcessInstance instance = submitted();
    Job escalation = job(instance, "Timer_PayoutDue");
    Assertions.assertThat(escalation.getDuedate()).isEqualTo(PAYOUT_DUE);

    execute(escalation);

    List<String> waiting = taskQuery().processInstanceId(instance.getId()).list().stream()
        .map(t -> t.getTaskDefinitionKey()).sorted().toList();
    Assertions.assertThat(waiting).containsExactly("Task_DeadlineEscalation", "Task_FirstReview");
    assertThat(taskQuery().taskDefinitionKey("Task_DeadlineEscalation").singleResult())
        .hasName("结算支付期限督办").hasCandidateGroup("BUREAU_APPROVER");

    complete(taskQuery().taskDefinitionKey("Task_FirstReview").singleResult(),
        withVariables("returned", false, "mayResubmit", true));
    complete(taskQuery().taskDefinitionKey("Task_SecondReview").singleResult());
    complete(taskQuery().taskDefinitionKey("Task_PayoutApproval").singleResult());
    assertThat(instance).isEnded().hasPassed("End_Approved").hasNotPassed("End_EscalationHandled");
  }

  private ProcessInstance submitted() {
    return StandInEngine.engine().getRuntimeService().startProcessInstanceByKey("monthly-settlement", "71",
        Map.of("claimId", 71L, "insuredName", "福寿园护理院 2026-10", "institutionUsers", List.of("nhadmin", "nurse"),
            "payoutDueAt", PAYOUT_DUE, "escalationAt", PAYOUT_DUE));
  }

  private static void returned(ProcessInstance instance, boolean mayResubmit) {
    complete(task(instance), withVariables("returned", true, "mayResubmit", mayResubmit,
        "correctionDueAt", CORRECTION_DUE));
  }

  private static Job job(ProcessInstance instance, String activityId) {
    return StandInEngine.engine().getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(activityId).singleResult();
  }

  private static List<Job> jobs(ProcessInstance instance) {
    return StandInEngine.engine().getManagementService().createJobQuery().processInstanceId(instance.getId())
        .list();
  }
}
