package org.ltcare.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Paths through {@code disability-assessment.bpmn} up to the notice: acceptance and refusal, the whole way to the
 * expiry decision, random and manual dispatch, the on-site entry with its confirmation, review and the overdue
 * escalation.
 */
class DisabilityAssessmentProcessTest extends DisabilityAssessmentPaths {

  @RegisterExtension
  static ProcessEngineExtension extension = extensionOnTheEngine();

  // ---- acceptance

  @Test
  @Deployment(resources = BPMN)
  void reviewTaskIsOfferedToTheAgencyWithItsDueDate() {
    ProcessInstance instance = submitApplication();

    assertThat(instance).isWaitingAtExactly("Task_ReviewApplication");
    assertThat(task(instance)).hasName("受理审核").hasCandidateGroup("AGENCY_REVIEWER").hasDueDate(ACCEPTANCE_DUE);
  }

  /** Filing goes on when the working-day calendar of the year is missing: the variable is set, but null. */
  @Test
  @Deployment(resources = BPMN)
  void reviewTaskWithoutAcceptanceDueHasNoDueDate() {
    Map<String, Object> variables = new HashMap<>(applicationVariables());
    variables.put("acceptanceDue", null);

    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, variables);

    assertThat(instance).isWaitingAtExactly("Task_ReviewApplication");
    Assertions.assertThat(task(instance).getDueDate()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "NULL", value = {
      "NOT_ENROLLED,         NULL",
      "CONDITIONS_NOT_MET,   规范治疗后失能状态未满6个月",
      "OUTSIDE_FUND_SCOPE,   申请费用不属于长护险基金支付范围",
      "MATERIALS_INCOMPLETE, 缺少诊断证明书",
      "OTHER,                申请人已撤回申请"
  })
  @Deployment(resources = BPMN)
  void refusedApplicationEndsAndKeepsItsGroundInHistory(String ground, String reason) {
    ProcessInstance instance = submitApplication();

    complete(task(instance), withVariables(
        "accepted", false, "refusalGround", ground, "refusalReason", reason));

    assertThat(instance).isEnded()
        .hasPassedInOrder("Task_ReviewApplication", "Gateway_Accepted", "End_Refused")
        .hasNotPassed("Task_OnSiteAssessment", "Task_AssignAssessors");
    Assertions.assertThat(historicValue(instance, "refusalGround")).isEqualTo(ground);
    Assertions.assertThat(historicValue(instance, "refusalReason")).isEqualTo(reason);
  }

  @Test
  @Deployment(resources = BPMN)
  void reviewCompletedWithoutDecisionIsRejectedAndTheTaskStaysOpen() {
    ProcessInstance instance = submitApplication();
    String reviewTaskId = task(instance).getId();

    Assertions.assertThatThrownBy(() -> engine.getTaskService().complete(reviewTaskId))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Cannot resolve identifier 'accepted'");

    assertThat(instance).isWaitingAtExactly("Task_ReviewApplication");
    Assertions.assertThat(task(instance).getId()).isEqualTo(reviewTaskId);
  }

  // ---- the whole way

  @Test
  @Deployment(resources = BPMN)
  void happyPathFromAcceptanceThroughNoticeToConclusionAndExpiryReminder() {
    ProcessInstance instance = submitApplication();
    accept(instance, true);

    assertThat(instance).isWaitingAtExactly("SubProcess_OnSite", "Task_OnSiteAssessment");
    assertThat(task(instance)).hasName("现场评估录入").hasCandidateUser("assessor1").hasCandidateUser("assessor2")
        .hasDueDate(ASSESSMENT_DUE);
    enterAndConfirm(instance);

    assertThat(instance).isWaitingAtExactly("Task_ExpertReview");
    assertThat(task(instance)).hasCandidateGroup("ASSESSMENT_SUPERVISOR");
    approveWithNotice(instance);

    assertThat(instance).isWaitingAtExactly("Timer_NoticeEnds");
    Assertions.assertThat(timer(instance, "Timer_NoticeEnds").getDuedate()).isEqualTo(NOTICE_ENDS);
    execute(timer(instance, "Timer_NoticeEnds"));

    Assertions.assertThat(services.noticesClosed).isEqualTo(1);
    Assertions.assertThat(services.conclusionsIssued).isEqualTo(1);
    assertWaitingForObjectionOrWindowEnd(instance);
    Assertions.assertThat(timer(instance, "Timer_ObjectionWindowEnds").getDuedate())
        .isEqualTo(StandInDelegates.OBJECTION_WINDOW_ENDS);

    execute(timer(instance, "Timer_ObjectionWindowEnds"));
    assertThat(instance).isWaitingAtExactly("Gateway_ValidityWait");
    Assertions.assertThat(timer(instance, "Timer_ExpiryReminder").getDuedate())
        .isEqualTo(StandInDelegates.EXPIRY_REMINDER);

    execute(timer(instance, "Timer_ExpiryReminder"));
    assertThat(instance).isWaitingAtExactly("Task_ExpiryReassessment");
    assertThat(task(instance)).hasCandidateGroup("ASSESSMENT_SUPERVISOR");
    complete(task(instance), withVariables("reassess", false));

    assertThat(instance).isEnded()
        .hasPassedInOrder("Task_ReviewApplication", "Task_OnSiteAssessment", "Task_ConfirmAssessment",
            "Task_ExpertReview", "Timer_NoticeEnds", "Task_CloseNotice", "Task_IssueConclusion",
            "Timer_ObjectionWindowEnds", "Timer_ExpiryReminder", "Task_ExpiryReassessment", "End_Concluded")
        .hasNotPassed("Task_AssignAssessors", "Task_DecideObjection", "Task_OverdueEscalation");
  }

  // ---- dispatch

  @Test
  @Deployment(resources = BPMN)
  void fewerThanTwoEligibleAssessorsGoToTheSupervisorWhoAssignsByHand() {
    ProcessInstance instance = submitApplication();
    accept(instance, false);

    assertThat(instance).isWaitingAtExactly("Task_AssignAssessors");
    assertThat(task(instance)).hasName("人工指派评估员").hasCandidateGroup("ASSESSMENT_SUPERVISOR");

    complete(task(instance), dispatchVariables("assessor5", "assessor6"));

    assertThat(instance).isWaitingAtExactly("SubProcess_OnSite", "Task_OnSiteAssessment");
    assertThat(task(instance)).hasCandidateUser("assessor5").hasCandidateUser("assessor6");
  }

  // ---- on-site assessment and review

  @Test
  @Deployment(resources = BPMN)
  void secondAssessorWhoDisagreesReturnsTheEntryToTheFirst() {
    ProcessInstance instance = submitApplication();
    accept(instance, true);
    complete(task(instance), withVariables("confirmingUser", "assessor2"));

    assertThat(instance).isWaitingAtExactly("SubProcess_OnSite", "Task_ConfirmAssessment");
    assertThat(task(instance)).isAssignedTo("assessor2").hasDueDate(ASSESSMENT_DUE);
    complete(task(instance), withVariables("confirmed", false));

    assertThat(instance).isWaitingAtExactly("SubProcess_OnSite", "Task_OnSiteAssessment");
    assertThat(task(instance)).hasCandidateUser("assessor1");
  }

  @Test
  @Deployment(resources = BPMN)
  void reviewThatSendsBackReturnsTheCaseToBothAssessors() {
    ProcessInstance instance = submitApplication();
    accept(instance, true);
    enterAndConfirm(instance);

    complete(task(instance), withVariables("reviewApproved", false));

    assertThat(instance).isWaitingAtExactly("SubProcess_OnSite", "Task_OnSiteAssessment");
    assertThat(task(instance)).hasCandidateUser("assessor1").hasCandidateUser("assessor2");
    Assertions.assertThat(services.noticesClosed).isZero();
    enterAndConfirm(instance);
    assertThat(instance).isWaitingAtExactly("Task_ExpertReview");
  }

  @Test
  @Deployment(resources = BPMN)
  void overdueAssessmentIsEscalatedToTheSupervisorWhileTheAssessmentGoesOn() {
    ProcessInstance instance = submitApplication();
    accept(instance, true);
    Job overdue = timer(instance, "Timer_AssessmentOverdue");
    Assertions.assertThat(overdue.getDuedate()).isEqualTo(ASSESSMENT_DUE);

    execute(overdue);

    assertThat(instance).isWaitingAtExactly("SubProcess_OnSite", "Task_OnSiteAssessment", "Task_OverdueEscalation");
    Task escalation = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_OverdueEscalation").singleResult();
    assertThat(escalation).hasName("评估超期督办").hasCandidateGroup("ASSESSMENT_SUPERVISOR");
    complete(escalation);
    enterAndConfirm(instance);
    assertThat(instance).isWaitingAtExactly("Task_ExpertReview");
  }
}
