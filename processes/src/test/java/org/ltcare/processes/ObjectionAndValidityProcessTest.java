package org.ltcare.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Paths after the review: objections during the notice and after the conclusion (upheld or not), the
 * re-assessment whose conclusion is final, the expiry reminder and an early re-assessment ordered by the bureau.
 */
class ObjectionAndValidityProcessTest extends DisabilityAssessmentPaths {

  @RegisterExtension
  static ProcessEngineExtension extension = extensionOnTheEngine();

  // ---- objections

  @Test
  @Deployment(resources = BPMN)
  void acceptedObjectionDuringTheNoticeLeadsToAReassessmentWhoseConclusionIsFinal() {
    ProcessInstance instance = throughNotice(true);

    assertThat(instance).isWaitingAtExactly("Task_DecideObjection");
    assertThat(task(instance)).hasName("异议审查").hasCandidateGroup("AGENCY_REVIEWER");
    Map<String, Object> reassessment = dispatchVariables("assessor3", "assessor4");
    reassessment.put("objectionAccepted", true);
    reassessment.put("dispatched", true);
    complete(task(instance), reassessment);

    assertThat(instance).isWaitingAtExactly("SubProcess_OnSite", "Task_OnSiteAssessment");
    assertThat(task(instance)).hasCandidateUser("assessor3").hasCandidateUser("assessor4");
    enterAndConfirm(instance, "assessor4");
    services.conclusionOpenToObjection = false;
    complete(task(instance), withVariables("reviewApproved", true, "noticeRequired", false));

    Assertions.assertThat(services.noticesClosed).as("a re-assessment is not noticed again").isEqualTo(1);
    Assertions.assertThat(services.conclusionsIssued).isEqualTo(1);
    assertThat(instance).isWaitingAtExactly("Gateway_ValidityWait")
        .hasNotPassed("Timer_ObjectionWindowEnds");
  }

  @Test
  @Deployment(resources = BPMN)
  void rejectedObjectionDuringTheNoticeLeadsToTheConclusion() {
    ProcessInstance instance = throughNotice(true);

    complete(task(instance), withVariables("objectionAccepted", false));

    Assertions.assertThat(services.conclusionsIssued).isEqualTo(1);
    assertWaitingForObjectionOrWindowEnd(instance);
    assertThat(instance).hasPassed("Task_DecideObjection", "Task_IssueConclusion");
  }

  @Test
  @Deployment(resources = BPMN)
  void applicantObjectionAfterTheConclusionIsDecidedAndMayStartAReassessment() {
    ProcessInstance instance = throughNotice(false);
    assertWaitingForObjectionOrWindowEnd(instance);

    engine.getRuntimeService().createMessageCorrelation("ApplicantObjection")
        .processInstanceId(instance.getId()).setVariable("objectionsLodged", true).correlate();

    assertThat(instance).isWaitingAtExactly("Task_DecideObjection");
    Map<String, Object> reassessment = dispatchVariables("assessor5", "assessor6");
    reassessment.put("objectionAccepted", true);
    reassessment.put("dispatched", true);
    complete(task(instance), reassessment);

    assertThat(instance).isWaitingAtExactly("SubProcess_OnSite", "Task_OnSiteAssessment");
    Assertions.assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId("Timer_ObjectionWindowEnds").count()).as("the window's timer is gone").isZero();
  }

  @Test
  @Deployment(resources = BPMN)
  void rejectedApplicantObjectionReturnsToTheObjectionWindow() {
    ProcessInstance instance = throughNotice(false);
    engine.getRuntimeService().createMessageCorrelation("ApplicantObjection")
        .processInstanceId(instance.getId()).correlate();

    complete(task(instance), withVariables("objectionAccepted", false));

    Assertions.assertThat(services.conclusionsIssued).as("the conclusion stands, none issued again").isEqualTo(1);
    assertWaitingForObjectionOrWindowEnd(instance);
  }

  // ---- validity

  @Test
  @Deployment(resources = BPMN)
  void theExpiryReminderLetsTheSupervisorStartANewRound() {
    ProcessInstance instance = throughNotice(false);
    execute(timer(instance, "Timer_ObjectionWindowEnds"));
    execute(timer(instance, "Timer_ExpiryReminder"));

    Map<String, Object> newRound = dispatchVariables("assessor3", "assessor6");
    newRound.put("reassess", true);
    newRound.put("dispatched", true);
    complete(task(instance), newRound);

    assertThat(instance).isWaitingAtExactly("SubProcess_OnSite", "Task_OnSiteAssessment");
    assertThat(task(instance)).hasCandidateUser("assessor3").hasCandidateUser("assessor6");
  }

  @Test
  @Deployment(resources = BPMN)
  void anEarlyReassessmentOrderedByTheBureauStartsANewRoundBeforeTheReminder() {
    ProcessInstance instance = throughNotice(false);
    execute(timer(instance, "Timer_ObjectionWindowEnds"));

    Map<String, Object> newRound = dispatchVariables("assessor4", "assessor5");
    newRound.put("dispatched", true);
    engine.getRuntimeService().createMessageCorrelation("EarlyReassessmentOrdered")
        .processInstanceId(instance.getId()).setVariables(newRound).correlate();

    assertThat(instance).isWaitingAtExactly("SubProcess_OnSite", "Task_OnSiteAssessment")
        .hasPassed("Message_EarlyReassessment").hasNotPassed("Task_ExpiryReassessment");
    Assertions.assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId("Timer_ExpiryReminder").count()).as("the reminder is gone with the old conclusion").isZero();
  }
}
