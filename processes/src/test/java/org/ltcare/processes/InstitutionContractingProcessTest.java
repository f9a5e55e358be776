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

/**
 * Every path through {@code institution-contracting.bpmn}: approved and signed, returned and corrected, lapsed,
 * failed evaluation, not signed, renewal (twice), expiry unrenewed or during the renewal review, termination
 * while in force, during the renewal review and while waiting for the end.
 */
class InstitutionContractingProcessTest extends StandInProcessTest {

  static final String BPMN = "bpmn/institution-contracting.bpmn";
  static final Date CORRECTION_LAPSES = date("2026-03-14T16:00:00Z");
  static final Date NOTICE_ENDS = date("2026-04-09T16:00:00Z");
  static final Date RENEWAL_STARTS = date("2029-01-31T16:00:00Z");
  static final Date AGREEMENT_ENDS = date("2029-04-30T16:00:00Z");
  static final Date RENEWED_RENEWAL_STARTS = date("2032-01-31T16:00:00Z");
  static final Date RENEWED_AGREEMENT_ENDS = date("2032-04-30T16:00:00Z");

  @Test
  @Deployment(resources = BPMN)
  void completeDocumentsAndAPassingEvaluationLeadThroughTheNoticeToSigning() {
    ProcessInstance instance = apply();
    assertThat(task(instance)).hasDefinitionKey("Task_DocumentReview").hasName("材料审核")
        .hasCandidateGroup("AGENCY_REVIEWER");

    documentsComplete(instance);
    assertThat(task(instance)).hasDefinitionKey("Task_Evaluation").hasCandidateGroup("AGENCY_REVIEWER");
    complete(task(instance), withVariables("evaluationPassed", true, "noticeEndsAt", NOTICE_ENDS));

    assertThat(instance).isWaitingAtExactly("Timer_NoticeEnds");
    Assertions.assertThat(timer(instance, "Timer_NoticeEnds").getDuedate()).isEqualTo(NOTICE_ENDS);
    execute(timer(instance, "Timer_NoticeEnds"));
    assertThat(task(instance)).hasDefinitionKey("Task_SignAgreement").hasCandidateGroup("BUREAU_APPROVER");
    sign(instance);

    assertThat(instance).isWaitingAtExactly("Gateway_TermWait");
    Assertions.assertThat(timer(instance, "Timer_RenewalStarts").getDuedate()).isEqualTo(RENEWAL_STARTS);
  }

  @Test
  @Deployment(resources = BPMN)
  void returnedDocumentsCorrectedInTimeGoBackToReview() {
    ProcessInstance instance = apply();
    returnForCorrection(instance);

    assertThat(instance).isWaitingAtExactly("Gateway_CorrectionWait");
    Assertions.assertThat(timer(instance, "Timer_CorrectionLapses").getDuedate()).isEqualTo(CORRECTION_LAPSES);
    correlate(instance, "DocumentsCorrected");

    assertThat(task(instance)).hasDefinitionKey("Task_DocumentReview");
    Assertions.assertThat(jobs(instance)).as("the correction timer is gone").isZero();
    documentsComplete(instance);
    assertThat(task(instance)).hasDefinitionKey("Task_Evaluation");
    Assertions.assertThat(StandInEngine.lapses).isZero();
  }

  @Test
  @Deployment(resources = BPMN)
  void anApplicationNotCorrectedByTheDeadlineLapses() {
    ProcessInstance instance = apply();
    returnForCorrection(instance);

    execute(timer(instance, "Timer_CorrectionLapses"));

    assertThat(instance).isEnded().hasPassed("Task_LapseApplication", "End_Lapsed");
    Assertions.assertThat(StandInEngine.lapses).isEqualTo(1);
  }

  @Test
  @Deployment(resources = BPMN)
  void aFailedEvaluationEndsTheApplicationWithoutNotice() {
    ProcessInstance instance = apply();
    documentsComplete(instance);

    complete(task(instance), withVariables("evaluationPassed", false));

    assertThat(instance).isEnded().hasPassed("End_Failed").hasNotPassed("Timer_NoticeEnds");
  }

  @Test
  @Deployment(resources = BPMN)
  void theApproverMayRefuseToSignAfterTheNotice() {
    ProcessInstance instance = throughNotice();

    complete(task(instance), withVariables("signed", false));

    assertThat(instance).isEnded().hasPassed("End_NotSigned");
  }

  @Test
  @Deployment(resources = BPMN)
  void renewalStartsBeforeExpiryAndARenewedAgreementWaitsForItsOwnRenewal() {
    ProcessInstance instance = signedAgreement();

    execute(timer(instance, "Timer_RenewalStarts"));
    Assertions.assertThat(StandInEngine.renewalsOpened).isEqualTo(1);
    assertThat(task(instance)).hasDefinitionKey("Task_RenewalDecision").hasCandidateGroup("BUREAU_APPROVER");
    Assertions.assertThat(timer(instance, "Timer_EndsDuringRenewal").getDuedate()).isEqualTo(AGREEMENT_ENDS);

    complete(task(instance), withVariables("renewed", true, "renewalStartsAt", RENEWED_RENEWAL_STARTS,
        "agreementEndsAt", RENEWED_AGREEMENT_ENDS));

    assertThat(instance).isWaitingAtExactly("Gateway_TermWait");
    Assertions.assertThat(timer(instance, "Timer_RenewalStarts").getDuedate()).isEqualTo(RENEWED_RENEWAL_STARTS);
    execute(timer(instance, "Timer_RenewalStarts"));
    Assertions.assertThat(StandInEngine.renewalsOpened).isEqualTo(2);
    Assertions.assertThat(timer(instance, "Timer_EndsDuringRenewal").getDuedate()).isEqualTo(RENEWED_AGREEMENT_ENDS);
  }

  @Test
  @Deployment(resources = BPMN)
  void anAgreementNotRenewedEndsOnItsLastDay() {
    ProcessInstance instance = signedAgreement();
    execute(timer(instance, "Timer_RenewalStarts"));

    complete(task(instance), withVariables("renewed", false));
    assertThat(instance).isWaitingAtExactly("Gateway_ExpiryWait");
    Assertions.assertThat(StandInEngine.expiries).isZero();
    execute(timer(instance, "Timer_AgreementEnds"));

    assertThat(instance).isEnded().hasPassed("Task_ExpireAgreement", "End_Expired");
    Assertions.assertThat(StandInEngine.expiries).isEqualTo(1);
  }

  @Test
  @Deployment(resources = BPMN)
  void anAgreementStillUnderRenewalReviewOnItsLastDayEnds() {
    ProcessInstance instance = signedAgreement();
    execute(timer(instance, "Timer_RenewalStarts"));

    execute(timer(instance, "Timer_EndsDuringRenewal"));

    assertThat(instance).isEnded().hasPassed("Task_ExpireAgreement", "End_Expired")
        .hasNotPassed("Gateway_Renewed");
    Assertions.assertThat(StandInEngine.expiries).isEqualTo(1);
  }

  @Test
  @Deployment(resources = BPMN)
  void terminationWhileInForceEndsTheProcessWithoutRenewal() {
    ProcessInstance instance = signedAgreement();

    correlate(instance, "AgreementTerminated");

    assertThat(instance).isEnded().hasPassed("End_Terminated").hasNotPassed("Task_OpenRenewal");
    Assertions.assertThat(jobs(instance)).isZero();
  }

  @Test
  @Deployment(resources = BPMN)
  void terminationDuringTheRenewalReviewCancelsIt() {
    ProcessInstance instance = signedAgreement();
    execute(timer(instance, "Timer_RenewalStarts"));

    correlate(instance, "AgreementTerminated");

    assertThat(instance).isEnded().hasPassed("End_TerminatedDuringRenewal");
    Assertions.assertThat(StandInEngine.expiries).isZero();
  }

  @Test
  @Deployment(resources = BPMN)
  void terminationWhileWaitingForTheEndOfAnUnrenewedAgreement() {
    ProcessInstance instance = signedAgreement();
    execute(timer(instance, "Timer_RenewalStarts"));
    complete(task(instance), withVariables("renewed", false));

    correlate(instance, "AgreementTerminated");

    assertThat(instance).isEnded().hasPassed("End_TerminatedBeforeExpiry");
    Assertions.assertThat(StandInEngine.expiries).isZero();
  }

  // ---- steps, each as the service that completes it

  private ProcessInstance apply() {
    return StandInEngine.engine().getRuntimeService().startProcessInstanceByKey("institution-contracting",
        "DD-1", Map.of("contractingId", 77L, "insuredName", "福寿园护理院"));
  }

  private void documentsComplete(ProcessInstance instance) {
    complete(task(instance), withVariables("documentsComplete", true));
  }

  private void returnForCorrection(ProcessInstance instance) {
    complete(task(instance), withVariables("documentsComplete", false, "correctionLapsesAt", CORRECTION_LAPSES));
  }

  private ProcessInstance throughNotice() {
    ProcessInstance instance = apply();
    documentsComplete(instance);
    complete(task(instance), withVariables("evaluationPassed", true, "noticeEndsAt", NOTICE_ENDS));
    execute(timer(instance, "Timer_NoticeEnds"));
    return instance;
  }

  private ProcessInstance signedAgreement() {
    ProcessInstance instance = throughNotice();
    sign(instance);
    return instance;
  }

  private void sign(ProcessInstance instance) {
    complete(task(instance), withVariables("signed", true, "renewalStartsAt", RENEWAL_STARTS,
        "agreementEndsAt", AGREEMENT_ENDS));
  }

  private void correlate(ProcessInstance instance, String message) {
    StandInEngine.engine().getRuntimeService().createMessageCorrelation(message)
        .processInstanceId(instance.getId()).correlate();
  }

  private static Job timer(ProcessInstance instance, String activityId) {
    Job job = StandInEngine.engine().getManagementService().createJobQuery()
        .processInstanceId(instance.getId()).activityId(activityId).singleResult();
    Assertions.assertThat(job).as("timer %s", activityId).isNotNull();
    return job;
  }

  private static long jobs(ProcessInstance instance) {
    return StandInEngine.engine().getManagementService().createJobQuery()
        .processInstanceId(instance.getId()).count();
  }

  private static Date date(String instant) {
    return Date.from(Instant.parse(instant));
  }
}
