package org.ltcare.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/** The rectification order's follow-up: the check when its deadline passes, or nothing when it is lifted first. */
class RectificationFollowUpProcessTest extends StandInProcessTest {

  static final String BPMN = "bpmn/rectification-follow-up.bpmn";
  static final Date DUE = Date.from(Instant.parse("2026-06-30T16:00:00Z"));

  @Test
  @Deployment(resources = BPMN)
  void theDeadlineRaisesTheCheckForTheApprover() {
    ProcessInstance instance = order();
    assertThat(instance).isWaitingAtExactly("Gateway_RectificationWait");
    Job timer = StandInEngine.engine().getManagementService().createJobQuery()
        .processInstanceId(instance.getId()).activityId("Timer_RectificationDue").singleResult();
    Assertions.assertThat(timer.getDuedate()).isEqualTo(DUE);

    execute(timer);

    assertThat(task(instance)).hasDefinitionKey("Task_RectificationCheck").hasName("整改复查")
        .hasCandidateGroup("BUREAU_APPROVER");
    complete(task(instance), withVariables("rectified", true));
    assertThat(instance).isEnded().hasPassed("End_Checked");
  }

  @Test
  @Deployment(resources = BPMN)
  void liftingTheOrderBeforeTheDeadlineEndsTheFollowUp() {
    ProcessInstance instance = order();

    StandInEngine.engine().getRuntimeService().createMessageCorrelation("RectificationLifted")
        .processInstanceId(instance.getId()).correlate();

    assertThat(instance).isEnded().hasPassed("End_Lifted").hasNotPassed("Task_RectificationCheck");
    Assertions.assertThat(StandInEngine.engine().getManagementService().createJobQuery()
        .processInstanceId(instance.getId()).count()).isZero();
  }

  private ProcessInstance order() {
    return StandInEngine.engine().getRuntimeService().startProcessInstanceByKey("rectification-follow-up",
        "S-5", Map.of("sanctionId", 5L, "insuredName", "福寿园护理院", "rectificationDueAt", DUE));
  }
}
