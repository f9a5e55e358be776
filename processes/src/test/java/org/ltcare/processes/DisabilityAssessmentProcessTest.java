package org.ltcare.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * Paths through {@code disability-assessment.bpmn}: acceptance, each refusal ground, and the
 * dispatch segment on its own. The engine is configured in code (a camunda.cfg.xml would need
 * spring-beans on the test classpath).
 */
class DisabilityAssessmentProcessTest {

  private static final String BPMN = "bpmn/disability-assessment.bpmn";
  private static final String PROCESS_KEY = "disability-assessment";
  private static final Date ACCEPTANCE_DUE = Date.from(Instant.parse("2025-07-15T09:30:00Z"));

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder()
      .useProcessEngine(inMemoryEngine())
      .ensureCleanAfterTest(true)
      .build();

  /** Injected by the extension, which writes every field of this type (so none may be final). */
  ProcessEngine engine;

  private static ProcessEngine inMemoryEngine() {
    return new StandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName("disability-assessment-test")
        .setJdbcUrl("jdbc:h2:mem:disability-assessment-test;DB_CLOSE_DELAY=1000")
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
        .setHistory(ProcessEngineConfiguration.HISTORY_AUDIT)
        .setJobExecutorActivate(false)
        .buildProcessEngine();
  }

  @BeforeEach
  void bindAssertionsToEngine() {
    init(engine);
  }

  @AfterEach
  void unbindAssertions() {
    reset();
  }

  @AfterAll
  static void closeEngine() {
    extension.getProcessEngine().close();
  }

  @Test
  @Deployment(resources = BPMN)
  void acceptedApplicationIsPassedOnForDispatch() {
    ProcessInstance instance = submitApplication();

    assertThat(instance).isWaitingAtExactly("Task_ReviewApplication");
    assertThat(task(instance))
        .hasName("受理审核")
        .hasCandidateGroup("AGENCY_REVIEWER")
        .hasDueDate(ACCEPTANCE_DUE);

    complete(task(instance), withVariables("accepted", true));

    assertThat(instance).isWaitingAtExactly("Task_DispatchAssessors");
    assertThat(task(instance)).hasCandidateGroup("ASSESSMENT_SUPERVISOR");

    complete(task(instance));

    assertThat(instance).isEnded()
        .hasPassedInOrder("Start_ApplicationSubmitted", "Task_ReviewApplication",
            "Gateway_Accepted", "Task_DispatchAssessors", "End_Dispatched")
        .hasNotPassed("End_Refused");
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
        .hasNotPassed("Task_DispatchAssessors", "End_Dispatched");
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

  @Test
  @Deployment(resources = BPMN)
  void dispatchSegmentEndsAsDispatched() {
    ProcessInstance instance = engine.getRuntimeService()
        .createProcessInstanceByKey(PROCESS_KEY)
        .setVariables(applicationVariables())
        .setVariable("accepted", true)
        .startBeforeActivity("Task_DispatchAssessors")
        .execute();

    assertThat(instance).isWaitingAtExactly("Task_DispatchAssessors")
        .hasNotPassed("Task_ReviewApplication");
    assertThat(task(instance)).hasName("派遣评估员").hasCandidateGroup("ASSESSMENT_SUPERVISOR");

    complete(task(instance));

    assertThat(instance).isEnded().hasPassed("End_Dispatched").hasNotPassed("End_Refused");
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
