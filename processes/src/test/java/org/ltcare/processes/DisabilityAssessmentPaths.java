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
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The in-memory engine for the paths through {@code disability-assessment.bpmn}, and the steps that drive a case:
 * each helper plays the service that completes a task, setting the variables it sets. The engine is built once
 * for the test run and configured in code (a camunda.cfg.xml would need spring-beans on the test classpath).
 */
abstract class DisabilityAssessmentPaths {

  static final String BPMN = "bpmn/disability-assessment.bpmn";
  static final String PROCESS_KEY = "disability-assessment";
  static final Date ACCEPTANCE_DUE = Date.from(Instant.parse("2025-07-15T09:00:00Z"));
  static final Date ASSESSMENT_DUE = Date.from(Instant.parse("2025-07-29T09:00:00Z"));
  static final Date NOTICE_ENDS = Date.from(Instant.parse("2025-08-06T16:00:00Z"));

  /** One engine for the run; each test class registers its own extension on it ({@link #extensionOnTheEngine}). */
  private static final ProcessEngine ENGINE = inMemoryEngine();

  ProcessEngine engine;

  StandInDelegates services;

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

  /** An extension is per test class: one shared by two classes loses its engine after the first class ends. */
  static ProcessEngineExtension extensionOnTheEngine() {
    return ProcessEngineExtension.builder().useProcessEngine(ENGINE).ensureCleanAfterTest(true).build();
  }

  @BeforeEach
  void bindAssertionsToEngine() {
    // The extension injects the engine only into fields the test class itself declares, not into this base.
    engine = ENGINE;
    init(engine);
    services = StandInDelegates.fresh();
  }

  @AfterEach
  void unbindAssertions() {
    reset();
  }

  // ---- helpers: each plays the service that completes the step

  ProcessInstance throughNotice(boolean objectionsAtClose) {
    ProcessInstance instance = submitApplication();
    accept(instance, true);
    enterAndConfirm(instance);
    approveWithNotice(instance);
    services.objectionsAtClose = objectionsAtClose;
    execute(timer(instance, "Timer_NoticeEnds"));
    return instance;
  }

  void accept(ProcessInstance instance, boolean dispatched) {
    Map<String, Object> variables = dispatched ? dispatchVariables("assessor1", "assessor2") : new HashMap<>();
    variables.put("accepted", true);
    variables.put("concluded", false);
    variables.put("dispatched", dispatched);
    variables.put("assessmentId", 9001L);
    complete(task(instance), variables);
  }

  static Map<String, Object> dispatchVariables(String first, String second) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("assessorUsers", List.of(first, second));
    variables.put("assessmentDue", ASSESSMENT_DUE);
    variables.put("escalationAt", ASSESSMENT_DUE);
    return variables;
  }

  void enterAndConfirm(ProcessInstance instance) {
    enterAndConfirm(instance, "assessor2");
  }

  void enterAndConfirm(ProcessInstance instance, String confirming) {
    complete(onSiteTask(instance), withVariables("confirmingUser", confirming));
    Task confirm = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_ConfirmAssessment").singleResult();
    assertThat(confirm).isAssignedTo(confirming);
    complete(confirm, withVariables("confirmed", true));
  }

  Task onSiteTask(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_OnSiteAssessment").singleResult();
  }

  void approveWithNotice(ProcessInstance instance) {
    complete(task(instance), withVariables("reviewApproved", true, "noticeRequired", true, "noticeEnds", NOTICE_ENDS));
  }

  /** After a first conclusion: either the applicant's objection arrives or the window's timer fires. */
  void assertWaitingForObjectionOrWindowEnd(ProcessInstance instance) {
    assertThat(instance).isWaitingAtExactly("Gateway_AfterConclusion");
    Assertions.assertThat(engine.getRuntimeService().createEventSubscriptionQuery().processInstanceId(instance.getId())
        .eventName("ApplicantObjection").count()).isEqualTo(1);
    timer(instance, "Timer_ObjectionWindowEnds");
  }

  Job timer(ProcessInstance instance, String activityId) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(activityId).singleResult();
    Assertions.assertThat(job).as("timer %s", activityId).isNotNull();
    return job;
  }

  ProcessInstance submitApplication() {
    return engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, applicationVariables());
  }

  static Map<String, Object> applicationVariables() {
    return Map.of(
        "applicationId", 4711L,
        "insuredName", "张秀英",
        "acceptanceDue", ACCEPTANCE_DUE);
  }

  Object historicValue(ProcessInstance instance, String name) {
    HistoricVariableInstance variable = engine.getHistoryService()
        .createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId())
        .variableName(name)
        .singleResult();
    Assertions.assertThat(variable).as("historic variable %s", name).isNotNull();
    return variable.getValue();
  }
}
