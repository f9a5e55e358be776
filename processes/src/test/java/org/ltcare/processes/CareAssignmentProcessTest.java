package org.ltcare.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
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
 * The paths through {@code care-assignment.bpmn}: admitted; declined and chosen again; a change confirmed or
 * declined by the new institution; the end of the entitlement (death, loss of enrolment, a re-assessment below
 * the entitled grades) at any step; the conclusion's expiry with and without a newer entitled conclusion.
 */
class CareAssignmentProcessTest extends StandInProcessTest {

  static final String BPMN = "bpmn/care-assignment.bpmn";
  static final Date CONCLUSION_ENDS = Date.from(Instant.parse("2027-07-09T16:00:00Z"));
  static final Date NEW_CONCLUSION_ENDS = Date.from(Instant.parse("2029-07-09T16:00:00Z"));

  @Test
  @Deployment(resources = BPMN)
  void theChosenInstitutionAdmitsAndTheBeneficiaryIsInCare() {
    ProcessInstance instance = entitled();
    assertThat(task(instance)).hasDefinitionKey("Task_ChooseCare").hasCandidateGroup("AGENCY_REVIEWER");

    choose(instance, "nhadmin", "nurse");
    assertThat(task(instance)).hasDefinitionKey("Task_ConfirmAdmission").hasCandidateUser("nhadmin")
        .hasCandidateUser("nurse");
    complete(task(instance), withVariables("admitted", true));

    assertThat(instance).isWaitingAtExactly("Gateway_InCare");
    Assertions.assertThat(timer(instance).getDuedate()).isEqualTo(CONCLUSION_ENDS);
  }

  @Test
  @Deployment(resources = BPMN)
  void aDeclinedAdmissionGoesBackToTheChoice() {
    ProcessInstance instance = entitled();
    choose(instance, "nhadmin");

    complete(task(instance), withVariables("admitted", false));

    assertThat(task(instance)).hasDefinitionKey("Task_ChooseCare");
    choose(instance, "homecare");
    assertThat(task(instance)).hasDefinitionKey("Task_ConfirmAdmission").hasCandidateUser("homecare");
  }

  @Test
  @Deployment(resources = BPMN)
  void aChangeIsConfirmedByTheNewInstitutionOrDeclinedAndCareGoesOn() {
    ProcessInstance instance = inCare();

    correlate(instance, "CareChangeRequested", Map.of("institutionUsers", List.of("homecare")));
    assertThat(task(instance)).hasDefinitionKey("Task_ConfirmChange").hasCandidateUser("homecare");
    complete(task(instance), withVariables("admitted", true));
    assertThat(instance).isWaitingAtExactly("Gateway_InCare");

    correlate(instance, "CareChangeRequested", Map.of("institutionUsers", List.of("hospital")));
    complete(task(instance), withVariables("admitted", false));
    assertThat(instance).isWaitingAtExactly("Gateway_InCare");
  }

  @Test
  @Deployment(resources = BPMN)
  void deathInCareEndsTheEntitlement() {
    ProcessInstance instance = inCare();

    correlate(instance, "EntitlementEnded", Map.of());

    assertThat(instance).isEnded().hasPassed("End_EntitlementEnded");
    Assertions.assertThat(jobs(instance)).isZero();
  }

  @Test
  @Deployment(resources = BPMN)
  void theEntitlementCanEndBeforeAnyAdmission() {
    ProcessInstance instance = entitled();
    choose(instance, "nhadmin");

    correlate(instance, "EntitlementEnded", Map.of());

    assertThat(instance).isEnded().hasPassed("End_EntitlementEnded").hasNotPassed("Gateway_InCare");
  }

  @Test
  @Deployment(resources = BPMN)
  void anExpiredConclusionWithoutANewOneEndsTheEntitlement() {
    ProcessInstance instance = inCare();

    execute(timer(instance));

    assertThat(instance).isEnded().hasPassed("Task_ConclusionExpiry", "End_Expired");
    Assertions.assertThat(StandInEngine.conclusionChecks).isEqualTo(1);
  }

  @Test
  @Deployment(resources = BPMN)
  void aNewEntitledConclusionCarriesTheEntitlementOnToItsOwnExpiry() {
    ProcessInstance instance = inCare();
    StandInEngine.newConclusionEndsAt = NEW_CONCLUSION_ENDS;

    execute(timer(instance));

    assertThat(instance).isWaitingAtExactly("Gateway_InCare");
    Assertions.assertThat(timer(instance).getDuedate()).isEqualTo(NEW_CONCLUSION_ENDS);
  }

  // ---- steps

  private ProcessInstance entitled() {
    return StandInEngine.engine().getRuntimeService().startProcessInstanceByKey("care-assignment", "4711",
        Map.of("applicationId", 4711L, "insuredId", 815L, "insuredName", "张秀英", "conclusionEndsAt", CONCLUSION_ENDS));
  }

  private ProcessInstance inCare() {
    ProcessInstance instance = entitled();
    choose(instance, "nhadmin");
    complete(task(instance), withVariables("admitted", true));
    return instance;
  }

  private void choose(ProcessInstance instance, String... institutionUsers) {
    complete(task(instance), withVariables("admissionId", 1L, "institutionUsers", List.of(institutionUsers)));
  }

  private void correlate(ProcessInstance instance, String message, Map<String, Object> variables) {
    StandInEngine.engine().getRuntimeService().createMessageCorrelation(message)
        .processInstanceId(instance.getId()).setVariables(variables).correlate();
  }

  private static Job timer(ProcessInstance instance) {
    Job job = StandInEngine.engine().getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId("Timer_ConclusionExpires").singleResult();
    Assertions.assertThat(job).isNotNull();
    return job;
  }

  private static long jobs(ProcessInstance instance) {
    return StandInEngine.engine().getManagementService().createJobQuery().processInstanceId(instance.getId()).count();
  }
}
