package org.ltcare.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Paths through {@code disability-assessment.bpmn}: acceptance and refusal, random and manual dispatch, the
 * on-site entry with its confirmation, expert review, public notice, objections during the notice and after
 * the conclusion, re-assessment, the overdue escalation and the expiry reminder. The services that complete
 * the tasks are played by the test, which sets the variables they set; the engine is configured in code.
 */
class DisabilityAssessmentProcessTest {

  private static final String BPMN = "bpmn/disability-assessment.bpmn";
  private static final String PROCESS_KEY = "disability-assessment";
  private static final Date ACCEPTANCE_DUE = Date.from(Instant.parse("2025-07-15T09:00:00Z"));
  private static final Date ASSESSMENT_DUE = Date.from(Instant.parse("2025-07-29T09:00:00Z"));
  private static final Date NOTICE_ENDS = Date.from(Instant.parse("2025-08-06T16:00:00Z"));

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder()
      .useProcessEngine(inMemoryEngine())
      .ensureCleanAfterTest(true)
      .build();

  /** Injected by the extension, which writes every field of this type (so none may be final). */
  ProcessEngine engine;

  private StandInDelegates services;

  private static ProcessEngine inMemoryEngine() {
    StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
    config.setProcessEngineName("disability-assessment-test")
        .setJdbcUrl("jdbc:h2:mem:disability-assessment-test;DB_CLOSE_DELAY=1000")
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
        .setHistory(ProcessEngineConfiguration.HISTORY_AUDIT)
        .setJobExecutorActivate(false);
    config.setBeans(StandInDelegates.beans());
    // Assigned tasks write task-metric rows the extension's clean-database check would count as leftovers.
    config.setTaskMetricsEnabled(false);
    return config.buildProcessEngine();
  }

  @BeforeEach
  void bindAssertionsToEngine() {
    init(engine);
    services = StandInDelegates.fresh();
  }

  @AfterEach
  void unbindAssertions() {
    reset();
  }

  @AfterAll
  static void closeEngine() {
    extension.getProcessEngine().close();
  }

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
    assertThat(task(instance)).isAssignedTo("assessor2");
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

  // ---- helpers: each plays the service that completes the step

  private ProcessInstance throughNotice(boolean objectionsAtClose) {
    ProcessInstance instance = submitApplication();
    accept(instance, true);
    enterAndConfirm(instance);
    approveWithNotice(instance);
    services.objectionsAtClose = objectionsAtClose;
    execute(timer(instance, "Timer_NoticeEnds"));
    return instance;
  }

  private void accept(ProcessInstance instance, boolean dispatched) {
    Map<String, Object> variables = dispatched ? dispatchVariables("assessor1", "assessor2") : new HashMap<>();
    variables.put("accepted", true);
    variables.put("concluded", false);
    variables.put("dispatched", dispatched);
    variables.put("assessmentId", 9001L);
    complete(task(instance), variables);
  }

  private static Map<String, Object> dispatchVariables(String first, String second) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("assessorUsers", List.of(first, second));
    variables.put("assessmentDue", ASSESSMENT_DUE);
    variables.put("escalationAt", ASSESSMENT_DUE);
    return variables;
  }

  private void enterAndConfirm(ProcessInstance instance) {
    enterAndConfirm(instance, "assessor2");
  }

  private void enterAndConfirm(ProcessInstance instance, String confirming) {
    complete(onSiteTask(instance), withVariables("confirmingUser", confirming));
    Task confirm = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_ConfirmAssessment").singleResult();
    assertThat(confirm).isAssignedTo(confirming);
    complete(confirm, withVariables("confirmed", true));
  }

  private Task onSiteTask(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_OnSiteAssessment").singleResult();
  }

  private void approveWithNotice(ProcessInstance instance) {
    complete(task(instance), withVariables("reviewApproved", true, "noticeRequired", true, "noticeEnds", NOTICE_ENDS));
  }

  /** After a first conclusion: either the applicant's objection arrives or the window's timer fires. */
  private void assertWaitingForObjectionOrWindowEnd(ProcessInstance instance) {
    assertThat(instance).isWaitingAtExactly("Gateway_AfterConclusion");
    Assertions.assertThat(engine.getRuntimeService().createEventSubscriptionQuery().processInstanceId(instance.getId())
        .eventName("ApplicantObjection").count()).isEqualTo(1);
    timer(instance, "Timer_ObjectionWindowEnds");
  }

  private Job timer(ProcessInstance instance, String activityId) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(activityId).singleResult();
    Assertions.assertThat(job).as("timer %s", activityId).isNotNull();
    return job;
  }

  private ProcessInstance submitApplication() {
    return engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, applicationVariables());
  }

  private static Map<String, Object> applicationVariables() {
    return Map.of(
        "applicationId", 4711L,
        "insuredName", "张秀英",
        "acceptanceDue", ACCEPTANCE_DUE);
  }

  private Object historicValue(ProcessInstance instance, String name) {
    HistoricVariableInstance variable = engine.getHistoryService()
        .createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId())
        .variableName(name)
        .singleResult();
    Assertions.assertThat(variable).as("historic variable %s", name).isNotNull();
    return variable.getValue();
  }
}
