package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.benefit.HospitalStay;
import org.ltcare.benefit.HospitalStayService;
import org.ltcare.care.AbsenceReason;
import org.ltcare.care.BedDayService;
import org.ltcare.care.visit.Confirmation;
import org.ltcare.care.visit.HomeVisit;
import org.ltcare.care.visit.HomeVisitService;
import org.ltcare.care.visit.VisitForm;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.care.worker.CareWorker;
import org.ltcare.policy.rules.CareType;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.settlement.claim.ClaimLine;
import org.ltcare.settlement.claim.ClaimReviewService;
import org.ltcare.settlement.claim.LineDecision;
import org.ltcare.settlement.claim.LineReview;
import org.ltcare.settlement.claim.ReviewReason;
import org.ltcare.settlement.claim.ClaimService;
import org.ltcare.settlement.claim.ClaimStatus;
import org.ltcare.settlement.fee.FactKind;
import org.ltcare.settlement.fee.RejectionFact;
import org.ltcare.settlement.fee.RejectionReason;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.time.ClockProducer;
import org.ltcare.shared.workflow.ProcessTasks;
import org.ltcare.shared.workflow.TimerDates;

/**
 * Last month's claims generated from the care records of a nursing home (an absence, a hospital stay) and a
 * home-care agency (two verified visits and a short one): each day billable or rejected with its code, the amounts
 * of rules.md §5 with every input kept on the line, generation again without duplicates, submission into the
 * right cycle closing the month's records; scope; the claim's status through the API; the settlement process
 * around the reviews (return and resubmission, the correction period's end, the payout deadline's escalation
 * driven by executing its timer) and the four eyes of the reviews and the approval.
 */
class ClaimIT extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ClockProducer.ZONE);
    private static final YearMonth MONTH = YearMonth.from(TODAY).minusMonths(1);

    @Inject
    CareWorld care;

    @Inject
    CareRecordWorld records;

    @Inject
    BedDayService bedDays;

    @Inject
    HomeVisitService visits;

    @Inject
    HospitalStayService stays;

    @Inject
    ClaimService claims;

    @Inject
    ClaimReviewService reviews;

    @Inject
    org.ltcare.shared.security.UserAccountRepository accounts;

    @Inject
    ProcessTasks process;

    @Inject
    RuntimeService runtime;

    @Inject
    ManagementService management;

    /**
     * One claim's life: computed and submitted (in the server), read through the API and on the institution's and
     * the bureau's pages, escalated at its payout deadline, reviewed twice by two people, approved in the browser by
     * a third — the region's own bureau users throughout.
     */
    @Test
    @RunAsClient
    void aClaimIsComputedSubmittedReadEscalatedReviewedAndApproved() throws Exception {
        List<String> h = onServer("aMonthOfCareIsClaimedComputedAndSubmitted");
        ClaimScreens screens = new ClaimScreens(baseUrl, MONTH);
        screens.theClaimsStatusThroughTheApi(h);
        screens.theInstitutionReadsItsClaimOnThePage(h);
        screens.theBureauSeesTheClaimInItsCycle(h);
        String claimId = h.get(1);
        onServer("thePayoutDeadlineEscalatesToTheApproversWhoRecordWhatTheyDid", claimId, h.get(6), h.get(8));
        onServer("theFirstReviewDeductsTheSecondIsAnotherReviewers", claimId, h.get(6), h.get(7));
        screens.theApproverApprovesThePayoutInTheBrowser(h);
        onServer("theApprovalIsTheApproversAndEndsTheProcess", claimId, h.get(8));
    }

    /**
     * In the server: the staff login, the claim, another home's staff, the cycle, the home's name and id, and the
     * logins of the region's reviewer, second reviewer and approver.
     */
    List<Object> aMonthOfCareIsClaimedComputedAndSubmitted() {
        AssessmentWorld.World world = care.world();
        LocalDate since = MONTH.minusMonths(1).atDay(1);
        CareInstitution home = care.contractedSince(world, InstitutionKind.NURSING_HOME, null, CareType.RESIDENTIAL,
                5, since);
        CareInstitution agency = care.contractedSince(world, InstitutionKind.HOME_CARE_AGENCY, null, CareType.HOME,
                5, since);
        CareInstitution other = care.contracted(world, InstitutionKind.NURSING_HOME, null, CareType.RESIDENTIAL, 5);
        CareAdmission resident = records.inCareSince(world, home, CareType.RESIDENTIAL, since);
        CareAdmission client = records.inCareSince(world, agency, CareType.HOME, since);
        CareWorker worker = records.worker(agency, "孙护理", 5);
        Actor homeStaff = care.staffOf(home);
        Actor agencyStaff = care.staffOf(agency);

        bedDays.markAbsent(homeStaff, resident.getId(), MONTH.atDay(5), AbsenceReason.HOME_LEAVE, null);
        HospitalStay stay = stays.record(HospitalStayService.FEED, resident.getInsuredId(), "市立医院", MONTH.atDay(10),
                MONTH.atDay(12), "HIS");
        visits.record(agencyStaff, client.getId(), visit(worker, MONTH.atDay(3).atTime(9, 0), 60));
        visits.record(agencyStaff, client.getId(), visit(worker, MONTH.atDay(4).atTime(9, 0), 60));
        HomeVisit tooShort = visits.record(agencyStaff, client.getId(), visit(worker, MONTH.atDay(6).atTime(9, 0), 20));

        claims.generate(homeStaff, home.getId(), MONTH);
        CareClaim claim = claims.generate(homeStaff, home.getId(), MONTH);
        List<ClaimLine> lines = claims.lines(homeStaff, claim.getId());
        assertEquals(1, lines.size(), "generated twice, one line per admission");
        ClaimLine line = lines.get(0);
        int billable = MONTH.lengthOfMonth() - 4;
        assertEquals(MONTH.lengthOfMonth(), line.getAmounts().getClaimedDays());
        assertEquals(billable, line.getAmounts().getBillableDays());
        assertEquals(Map.of(MONTH.atDay(5), RejectionReason.NO_SERVICE_RECORD,
                MONTH.atDay(10), RejectionReason.INPATIENT_DAY, MONTH.atDay(11), RejectionReason.INPATIENT_DAY,
                MONTH.atDay(12), RejectionReason.INPATIENT_DAY), line.getRejections());
        RejectionFact stayFact = new RejectionFact(FactKind.HOSPITAL_STAY, stay.getId(), MONTH.atDay(10), MONTH.atDay(12));
        assertEquals(stayFact, line.rejectionFacts().get(MONTH.atDay(11)), "each inpatient day names its stay");
        assertEquals(FactKind.ABSENCE, line.rejectionFacts().get(MONTH.atDay(5)).kind());
        assertMoney("45.00", line.getAmounts().getFundShare().divide(BigDecimal.valueOf(billable)));
        assertMoney(String.valueOf(100 * billable) + ".00", line.getAmounts().getTotalFee());
        assertMoney(String.valueOf(55 * billable) + ".00", line.getAmounts().getPersonalShare());
        assertEquals(0, new BigDecimal("0.75").compareTo(line.getFundRatio()));
        assertMoney("60.00", line.getDailyLimit());
        assertMoney("100.00", line.getDailyCharge());
        assertEquals(3, line.getGrade());
        assertEquals("SD-2025", line.getRuleSetCode());
        assertMoney(line.getAmounts().getFundShare().toPlainString(), claim.getAmounts().getFundShare());

        CareClaim homeCare = claims.generate(agencyStaff, agency.getId(), MONTH);
        ClaimLine visitsLine = claims.lines(agencyStaff, homeCare.getId()).get(0);
        assertEquals(3, visitsLine.getAmounts().getClaimedDays(), "the days with a visit");
        assertEquals(2, visitsLine.getAmounts().getBillableDays());
        assertEquals(Map.of(MONTH.atDay(6), RejectionReason.NO_SERVICE_RECORD), visitsLine.getRejections());
        assertEquals(Map.of(MONTH.atDay(6), RejectionFact.of(FactKind.UNVERIFIED_VISIT, tooShort.getId())),
                visitsLine.rejectionFacts());
        assertMoney("81.00", visitsLine.getAmounts().getFundShare());
        assertMoney("200.00", visitsLine.getAmounts().getTotalFee());
        assertMoney("119.00", visitsLine.getAmounts().getPersonalShare());

        assertThrows(NotFoundException.class, () -> claims.find(care.staffOf(other), claim.getId()));
        assertThrows(AccessDeniedException.class, () -> claims.generate(world.reviewer(), home.getId(), MONTH));
        assertThrows(AccessDeniedException.class, () -> claims.generate(care.staffOf(other), home.getId(), MONTH));
        BusinessException notOver = assertThrows(BusinessException.class,
                () -> claims.generate(homeStaff, home.getId(), YearMonth.from(TODAY)));
        assertEquals("claim.monthNotOver", notOver.messageKey());

        CareClaim submitted = claims.submit(homeStaff, claim.getId());
        YearMonth cycle = TODAY.getDayOfMonth() <= 10 ? YearMonth.from(TODAY) : YearMonth.from(TODAY).plusMonths(1);
        assertEquals(ClaimStatus.SUBMITTED, submitted.getStatus());
        assertEquals(cycle.toString(), submitted.getCycle(), "the reference window is the 1st to the 10th");
        assertWaitingAt(submitted, "Task_FirstReview");
        ValidationException closed = assertThrows(ValidationException.class, () -> bedDays.markAbsent(homeStaff,
                resident.getId(), MONTH.atDay(20), AbsenceReason.HOME_LEAVE, null));
        assertEquals("records.monthClosed", closed.errors().get(0).messageKey());
        BusinessException again = assertThrows(BusinessException.class,
                () -> claims.generate(homeStaff, home.getId(), MONTH));
        assertEquals("claim.notDraft", again.messageKey());
        returnedOnceThenResubmittedOnce(world, agency, client, worker, homeCare);
        return List.of("staff-" + home.getOrganisation().getCode(), claim.getId(),
                "staff-" + other.getOrganisation().getCode(), cycle, home.getName(), home.getId(),
                care.login(world.reviewer()), care.login(world.reviewer2()), care.login(world.approver()));
    }

    /** The agency's claim returned by the first review: its records open again, it is resubmitted once. */
    private void returnedOnceThenResubmittedOnce(AssessmentWorld.World world, CareInstitution agency,
                                                 CareAdmission client, CareWorker worker, CareClaim draft) {
        Actor staff = care.staffOf(agency);
        claims.submit(staff, draft.getId());
        long lineId = claims.lines(staff, draft.getId()).get(0).getId();
        List<LineDecision> returnIt = List.of(new LineDecision(lineId, LineReview.RETURNED, null,
                ReviewReason.RECORD_INCOMPLETE, "3日签退缺失"));
        CareClaim returned = reviews.firstReview(world.reviewer(), draft.getId(), returnIt);
        assertEquals(ClaimStatus.RETURNED, returned.getStatus());
        assertWaitingAt(returned, "Task_Correction");
        visits.record(staff, client.getId(), visit(worker, MONTH.atDay(7).atTime(9, 0), 45));
        CareClaim corrected = claims.generate(staff, agency.getId(), MONTH);
        assertEquals(4, claims.lines(staff, corrected.getId()).get(0).getAmounts().getClaimedDays(),
                "the month opened again for the correction");
        CareClaim resubmitted = claims.submit(staff, corrected.getId());
        assertEquals(1, resubmitted.getResubmissions());
        assertWaitingAt(resubmitted, "Task_FirstReview");
        long newLine = claims.lines(staff, corrected.getId()).get(0).getId();
        reviews.firstReview(world.reviewer(), corrected.getId(), List.of(new LineDecision(newLine, LineReview.RETURNED,
                null, ReviewReason.SERVICE_NOT_PROVEN, null)));
        BusinessException once = assertThrows(BusinessException.class,
                () -> claims.generate(staff, agency.getId(), MONTH));
        assertEquals("claim.resubmittedOnce", once.messageKey());
        assertEnded(resubmitted);
    }

    /** In the server. */
    void thePayoutDeadlineEscalatesToTheApproversWhoRecordWhatTheyDid(String claimNumber, String reviewerLogin,
                                                                      String approverLogin) {
        long claimId = Long.parseLong(claimNumber);
        Actor approver = actor(approverLogin);
        CareClaim claim = claims.find(approver, claimId);
        Job deadline = management.createJobQuery().processInstanceId(claim.getProcessInstanceId())
                .activityId("Timer_PayoutDue").singleResult();
        LocalDate submittedOn = LocalDate.ofInstant(claim.getSubmitted().getAt(), ClockProducer.ZONE);
        assertEquals(claims.payoutDue(submittedOn, claims.termsOf(approver, claimId)), claim.getPayoutDueBasis(),
                "the claim keeps how its due date was counted, next year's calendar entered or not");
        assertEquals(claim.getPayoutDueBasis().due(), claim.getPayoutDueOn(), "and the date is the count's");
        assertEquals(TimerDates.at(claim.getPayoutDueOn()), deadline.getDuedate(), "escalated on the due date");
        management.executeJob(deadline.getId());
        assertWaitingAt(claim, "Task_DeadlineEscalation");
        assertWaitingAt(claim, "Task_FirstReview");

        assertEquals("validation.required", assertThrows(ValidationException.class, () -> reviews
                .escalationHandled(approver, claimId, " ")).errors().get(0).messageKey());
        assertThrows(AccessDeniedException.class,
                () -> reviews.escalationHandled(actor(reviewerLogin), claimId, "催办"));
        CareClaim handled = reviews.escalationHandled(approver, claimId, "已电话督促初审人员本周内完成");
        assertEquals("已电话督促初审人员本周内完成", handled.getEscalationNote());
        assertTrue(process.waiting(claim.getProcessInstanceId(), "Task_DeadlineEscalation").isEmpty());
    }

    /** In the server. */
    void theFirstReviewDeductsTheSecondIsAnotherReviewers(String claimNumber, String reviewerLogin,
                                                          String reviewer2Login) {
        long claimId = Long.parseLong(claimNumber);
        Actor reviewer = actor(reviewerLogin);
        Actor reviewer2 = actor(reviewer2Login);
        ClaimLine line = claims.lines(reviewer, claimId).get(0);
        BigDecimal tooMuch = line.getAmounts().getFundShare().add(BigDecimal.ONE);
        ValidationException above = assertThrows(ValidationException.class, () -> reviews.firstReview(reviewer,
                claimId, List.of(new LineDecision(line.getId(), LineReview.DEDUCTED, tooMuch,
                        ReviewReason.RECORD_INCOMPLETE, null))));
        assertEquals("claim.review.amount", above.errors().get(0).messageKey());

        CareClaim reviewed = reviews.firstReview(reviewer, claimId, List.of(new LineDecision(line.getId(),
                LineReview.DEDUCTED, new BigDecimal("45.00"), ReviewReason.RECORD_INCOMPLETE, "5日无签字")));
        assertEquals(ClaimStatus.FIRST_REVIEWED, reviewed.getStatus());
        assertMoney(line.getAmounts().getFundShare().subtract(new BigDecimal("45.00")).toPlainString(),
                reviewed.getPayable());
        BusinessException sameEyes = assertThrows(BusinessException.class,
                () -> reviews.secondReview(reviewer, claimId));
        assertEquals("claim.fourEyes.secondReview", sameEyes.messageKey());
        reviews.secondReview(reviewer2, claimId);
        Actor reviewerWhoApproves = new Actor(reviewer2.username(), reviewer2.organisationId(), reviewer2.organisationKind(),
                java.util.Set.of(org.ltcare.shared.security.Role.BUREAU_APPROVER));
        BusinessException ownReview = assertThrows(BusinessException.class,
                () -> reviews.approve(reviewerWhoApproves, claimId));
        assertEquals("claim.fourEyes.approval", ownReview.messageKey());
        assertThrows(AccessDeniedException.class, () -> reviews.approve(reviewer, claimId), "a reviewer's role");
        assertWaitingAt(claims.find(reviewer, claimId), "Task_PayoutApproval");
    }

    /** In the server. */
    void theApprovalIsTheApproversAndEndsTheProcess(String claimNumber, String approverLogin) {
        CareClaim claim = claims.find(actor(approverLogin), Long.parseLong(claimNumber));
        assertEquals(ClaimStatus.APPROVED, claim.getStatus());
        assertEquals(approverLogin, claim.getApproved().getBy());
        assertEnded(claim);
    }

    @Test
    void aReturnNotCorrectedInTimeGoesBackToTheFirstReviewAsItStands() {
        AssessmentWorld.World world = care.world();
        CareInstitution home = care.contractedSince(world, InstitutionKind.NURSING_HOME, null, CareType.RESIDENTIAL,
                5, MONTH.minusMonths(1).atDay(1));
        CareAdmission resident = records.inCareSince(world, home, CareType.RESIDENTIAL, MONTH.minusMonths(1).atDay(1));
        Actor staff = care.staffOf(home);
        CareClaim claim = claims.submit(staff, claims.generate(staff, home.getId(), MONTH).getId());
        long lineId = claims.lines(staff, claim.getId()).get(0).getId();
        reviews.firstReview(world.reviewer(), claim.getId(), List.of(new LineDecision(lineId, LineReview.RETURNED,
                null, ReviewReason.RECORD_INCOMPLETE, null)));
        Job deadline = management.createJobQuery().processInstanceId(claim.getProcessInstanceId())
                .activityId("Timer_CorrectionDue").singleResult();
        assertEquals(TimerDates.after(org.ltcare.settlement.claim.ClaimWindow.correctionEndsOn(TODAY,
                claims.termsOf(staff, claim.getId()))), deadline.getDuedate());

        management.executeJob(deadline.getId());

        CareClaim lapsed = claims.find(staff, claim.getId());
        assertEquals(ClaimStatus.SUBMITTED, lapsed.getStatus());
        assertEquals(1, lapsed.getResubmissions(), "it may not be returned for correction again");
        assertWaitingAt(lapsed, "Task_FirstReview");
        ValidationException closed = assertThrows(ValidationException.class, () -> bedDays.markAbsent(staff,
                resident.getId(), MONTH.atDay(20), AbsenceReason.HOME_LEAVE, null));
        assertEquals("records.monthClosed", closed.errors().get(0).messageKey());
        CareClaim decided = reviews.firstReview(world.reviewer(), claim.getId(), List.of(new LineDecision(lineId,
                LineReview.DEDUCTED, new BigDecimal("45.00"), ReviewReason.CORRECTION_LAPSED, null)));
        assertEquals(ClaimStatus.FIRST_REVIEWED, decided.getStatus());
        assertWaitingAt(decided, "Task_SecondReview");
    }

    private Actor actor(String login) {
        return accounts.findByUsername(login).orElseThrow().toActor();
    }

    private void assertWaitingAt(CareClaim claim, String task) {
        assertTrue(process.waiting(claim.getProcessInstanceId(), task).isPresent(), "waiting at " + task);
    }

    private void assertEnded(CareClaim claim) {
        assertEquals(0, runtime.createProcessInstanceQuery().processInstanceId(claim.getProcessInstanceId()).count(),
                "the settlement process has ended");
    }

    private static VisitForm visit(CareWorker worker, LocalDateTime in, int minutes) {
        return new VisitForm(worker.getId(), in, in.plusMinutes(minutes), null, null, null, Map.of("SH01", 1),
                Confirmation.ONE_TIME_CODE, "家属", "1234", null, null);
    }

    private static void assertMoney(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " ≠ " + actual);
    }
}
