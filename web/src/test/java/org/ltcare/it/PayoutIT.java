package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.institution.InstitutionRepository;
import org.ltcare.institution.evaluation.AnnualEvaluationService;
import org.ltcare.institution.evaluation.EvaluationItem;
import org.ltcare.institution.evaluation.ScoreSheet;
import org.ltcare.policy.rules.CareType;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.settlement.claim.ClaimReviewService;
import org.ltcare.settlement.claim.ClaimService;
import org.ltcare.settlement.claim.ClaimStatus;
import org.ltcare.settlement.claim.LineDecision;
import org.ltcare.settlement.claim.LineReview;
import org.ltcare.settlement.claim.ReviewReason;
import org.ltcare.settlement.deposit.ClearingYear;
import org.ltcare.settlement.deposit.DepositClearing;
import org.ltcare.settlement.deposit.DepositClearingService;
import org.ltcare.settlement.deposit.Withheld;
import org.ltcare.settlement.payout.PaymentFile;
import org.ltcare.settlement.payout.Payout;
import org.ltcare.settlement.payout.PayoutBatch;
import org.ltcare.settlement.payout.PayoutDocuments;
import org.ltcare.settlement.payout.PayoutService;
import org.ltcare.settlement.queue.ClaimQueueService;
import org.ltcare.settlement.queue.CycleTotal;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.model.RunStatus;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.OrganisationKind;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccountRepository;
import org.ltcare.shared.time.ClockProducer;

/**
 * A month settled from care records to the bank: three nursing homes' claims reviewed (one deducted) and approved,
 * paid by a batch that stops at an institution without a bank account and, resumed, ends with the totals the rule
 * gives (deposit = round(payable × 5 %) per claim) — every claim paid once however often the batch runs; the payment
 * file and a statement; the approver downloads the payment file in the browser; the year's deposits cleared by the
 * evaluation scores' bands (an institution without an evaluation waits), approved by another person, and seen by
 * the approver in the browser. One journey in a region of its own: its batch and clearing take no other region's
 * claims.
 */
@RunAsClient
class PayoutIT extends IntegrationTest {

    /** Last year's December: a late claim (next cycle), and a year that is over, so its deposit can be cleared. */
    private static final YearMonth MONTH = YearMonth.of(YearMonth.now(ClockProducer.ZONE).getYear() - 1, 12);
    private static final BigDecimal DEPOSIT_RATE = new BigDecimal("0.05");

    @Inject
    CareWorld care;

    @Inject
    CareRecordWorld records;

    @Inject
    Institutions institutions;

    @Inject
    InstitutionRepository institutionRepository;

    @Inject
    ClaimService claims;

    @Inject
    ClaimReviewService reviews;

    @Inject
    PayoutService payouts;

    @Inject
    PayoutDocuments documents;

    @Inject
    UserAccountRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    ClaimQueueService queue;

    @Inject
    AnnualEvaluationService evaluations;

    @Inject
    DepositClearingService clearing;

    @Test
    void aMonthIsPaidByABatchThatStopsAndResumesAndTheYearsDepositIsCleared() throws Exception {
        List<String> h = onServer("aBatchStoppedMidwayAndResumedPaysEveryClaimOnceWithTheRulesTotals");
        theApproverDownloadsThePaymentFile(h);
        onServer("theYearsDepositIsReleasedByTheEvaluationScoresBandOnceApprovedByAnother", h.get(1), h.get(4),
                h.get(5), h.get(6), h.get(7));
        theApproverSeesTheYearsClearing(h.get(8));
    }

    /** In the server: the cycle, the batch, its total, the file's line count, the three homes, the region. */
    List<Object> aBatchStoppedMidwayAndResumedPaysEveryClaimOnceWithTheRulesTotals() throws Exception {
        AssessmentWorld.World world = care.world();
        List<CareInstitution> homes = new ArrayList<>();
        List<CareClaim> approved = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            CareInstitution home = care.contractedSince(world, InstitutionKind.NURSING_HOME, null,
                    CareType.RESIDENTIAL, 5, MONTH.minusMonths(1).atDay(1));
            records.inCareSince(world, home, CareType.RESIDENTIAL, MONTH.minusMonths(1).atDay(1));
            homes.add(home);
            approved.add(approvedClaim(world, home, i == 1 ? new BigDecimal("12.34") : null));
        }
        YearMonth cycle = YearMonth.parse(approved.get(0).getCycle());
        Actor officer = world.reviewer();
        Actor approverAsOfficer = new Actor(world.approver().username(), officer.organisationId(),
                officer.organisationKind(), Set.of(Role.AGENCY_REVIEWER, Role.BUREAU_APPROVER));
        assertThrows(AccessDeniedException.class, () -> payouts.prepare(world.approver(), cycle));
        BusinessException ownApproval = assertThrows(BusinessException.class,
                () -> payouts.prepare(approverAsOfficer, cycle));
        assertEquals("payout.fourEyes", ownApproval.messageKey());

        assertCycleTotalsAreTheClaimsSums(world, cycle);
        List<CareClaim> inBatch = payouts.payable(officer, cycle);
        assertEquals(approved.stream().map(CareClaim::getId).toList(), inBatch.stream().map(CareClaim::getId).toList(),
                "the region's approved claims, no other region's");
        PayoutBatch batch = payouts.prepare(officer, cycle);
        assertEquals(inBatch.size(), batch.getRun().getTotal());
        Actor demoCitys = care.approver();
        assertThrows(NotFoundException.class, () -> payouts.find(demoCitys, batch.getId()), "another region's batch");
        assertTrue(payouts.recent(demoCitys).stream().noneMatch(b -> b.getId().equals(batch.getId())));
        assertThrows(NotFoundException.class, () -> documents.paymentFile(demoCitys, batch.getId()));
        CareInstitution noAccount = homes.get(1);
        payouts.rows(officer, batch.getId()).stream().map(Payout::getInstitutionId).distinct()
                .filter(id -> !id.equals(noAccount.getId()))
                .forEach(id -> institutions.withBankAccount(institutionRepository.find(id).orElseThrow()));

        PayoutBatch stopped = payouts.run(officer, batch.getId());
        assertEquals(RunStatus.FAILED, stopped.getRun().getStatus());
        assertEquals("payout.noBankAccount|" + noAccount.getName(), stopped.getRun().getFailure());
        assertEquals(ClaimStatus.PAID, status(approved.get(0)), "paid before the stop");
        assertEquals(ClaimStatus.APPROVED, status(approved.get(1)), "the institution without an account");
        assertEquals(ClaimStatus.APPROVED, status(approved.get(2)), "after the stop");
        assertTrue(stopped.getRun().getDone() < stopped.getRun().getTotal());
        BusinessException nothing = assertThrows(BusinessException.class, () -> payouts.prepare(officer, cycle));
        assertEquals("payout.nothingToPay", nothing.messageKey(), "no claim goes into a second batch");

        institutions.withBankAccount(noAccount);
        PayoutBatch completed = payouts.run(officer, batch.getId());
        assertEquals(RunStatus.COMPLETED, completed.getRun().getStatus());
        assertTotalsByTheRule(completed, inBatch);
        PayoutBatch again = payouts.run(officer, batch.getId());
        assertEquals(completed.getPaid(), again.getPaid());
        assertEquals(completed.getRun().getDone(), again.getRun().getDone());
        for (CareClaim claim : inBatch) {
            CareClaim paid = claims.find(officer, claim.getId());
            assertEquals(ClaimStatus.PAID, paid.getStatus());
            assertEquals(batch.getId(), paid.getPayoutBatchId());
            assertEquals(1, audit.history("CareClaim", String.valueOf(claim.getId())).stream()
                    .filter(e -> "PAY_CLAIM".equals(e.getAction())).count(), "paid once: " + claim.getId());
        }

        List<String> csv = List.of(new String(documents.paymentFile(officer, batch.getId()), StandardCharsets.UTF_8)
                .split("\r\n"));
        assertEquals("\uFEFF" + PaymentFile.HEADER, csv.get(0));
        assertEquals(completed.getPaid(), csvTotal(csv));
        String deducted = csv.stream().filter(l -> l.contains(noAccount.getName())).findFirst().orElseThrow();
        assertTrue(deducted.endsWith("," + PaymentFile.reference(completed, noAccount.getId())), deducted);
        String text = PdfText.of(documents.statement(officer, batch.getId(), noAccount.getId()));
        assertTrue(text.contains("长期护理保险护理费结算单") && text.contains(noAccount.getName())
                && text.contains("12.34") && text.contains("服务记录不完整"), text);
        assertTrue(text.contains("三、逐行计算过程") && text.contains("基金支付 = ") && text.contains("审核扣减 12.34 元"),
                "each line's arithmetic and the deduction: " + text);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                documents.statementWorkbook(officer, batch.getId(), noAccount.getId())))) {
            var row = book.getSheet("结算汇总").getRow(4);
            assertEquals(approved.get(1).getMonth().toString(), row.getCell(0).getStringCellValue());
            assertEquals(new BigDecimal("12.34").doubleValue(), row.getCell(4).getNumericCellValue(), 0.001);
            assertEquals("服务记录不完整", book.getSheet("审核扣减明细").getRow(1).getCell(4).getStringCellValue());
            var how = book.getSheet("计算过程");
            List<String> steps = new java.util.ArrayList<>();
            for (int r = 1; r <= how.getLastRowNum(); r++) {
                assertTrue(how.getRow(r).getCell(6).getStringCellValue().matches("\\d+ × min\\(.*\\) × [\\d.]+ = .*"),
                        "every line has its formula: " + how.getRow(r).getCell(6).getStringCellValue());
                steps.add(how.getRow(r).getCell(7).getStringCellValue());
            }
            assertTrue(steps.stream().anyMatch(line -> line.contains("审核扣减 12.34 元（服务记录不完整）")),
                    "the deducted line says so with its reason: " + steps);
        }
        documents.statement(care.staffOf(noAccount), batch.getId(), noAccount.getId());
        assertThrows(AccessDeniedException.class,
                () -> documents.statement(care.staffOf(homes.get(0)), batch.getId(), noAccount.getId()));
        return List.of(cycle, batch.getId(), completed.getPaid().toPlainString(), csv.size(), homes.get(0).getId(),
                homes.get(1).getId(), homes.get(2).getId(), world.region(), care.login(world.approver()));
    }

    private void theApproverDownloadsThePaymentFile(List<String> h) throws Exception {
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(h.get(8), "test");
            browser.open("/care/payouts.xhtml?cycle=" + h.get(0));
            int row = browser.rowOf("payoutForm:batches", "batchId", "B" + h.get(1));
            assertEquals("已完成", browser.byId("payoutForm:batches:" + row + ":batchStatus").getText());
            assertTrue(browser.driver().findElements(org.openqa.selenium.By.id("payoutForm:prepare")).isEmpty(),
                    "an approver does not prepare payouts");
            browser.screenshot("payout-batches");
            Path file = browser.download("payoutForm:batches:" + row + ":paymentFile");
            List<String> csv = List.of(Files.readString(file, StandardCharsets.UTF_8).split("\r\n"));
            assertEquals(Integer.parseInt(h.get(3)), csv.size());
            assertEquals(new BigDecimal(h.get(2)), csvTotal(csv));
            browser.open("/care/review-queue.xhtml?cycle=" + h.get(0));
            assertTrue(browser.byId("queueForm:byCareType").getText().contains("院护"),
                    browser.byId("queueForm:byCareType").getText());
            browser.screenshot("review-queue-approver");
            browser.open("/care/payouts.xhtml?cycle=" + h.get(0));
            browser.click("payoutForm:batches:" + row + ":statements");
            browser.waitForText(org.openqa.selenium.By.id("payoutForm:statementsPanel"), "B" + h.get(1));
            browser.screenshot("payout-statements");
            Path statement = browser.download("payoutForm:statementsTable:0:statement");
            assertTrue(new String(Files.readAllBytes(statement), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
            Files.copy(statement, Path.of(System.getProperty("screenshots.dir", "target/screenshots"),
                    "payout-statement.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** In the server, after the batch: the year's clearing of the region {@code region}. */
    void theYearsDepositIsReleasedByTheEvaluationScoresBandOnceApprovedByAnother(String batchId, String excellentId,
            String goodId, String unevaluatedId, String region) throws Exception {
        int year = MONTH.getYear();
        long excellent = Long.parseLong(excellentId);
        long good = Long.parseLong(goodId);
        long unevaluated = Long.parseLong(unevaluatedId);
        Actor officer = reviewerOf(region);
        Actor approver = accounts.findByUsername("it-approver-" + region).orElseThrow().toActor();
        evaluations.record(officer, excellent, year, sheet(20), "优秀");
        evaluations.record(officer, good, year, sheet(10), "良好");
        BusinessException notOver = assertThrows(BusinessException.class,
                () -> clearing.prepare(officer, MONTH.getYear() + 1));
        assertEquals("clearing.yearNotOver", notOver.messageKey());

        List<DepositClearing> prepared = clearing.prepare(officer, year);
        assertEquals(List.of(excellent, good), prepared.stream().map(DepositClearing::getInstitutionId).toList());
        ClearingYear view = clearing.year(officer, year);
        assertEquals(List.of(unevaluated), view.open().stream().map(Withheld::institutionId).toList(),
                "waits for its evaluation");
        DepositClearing first = prepared.get(0);
        DepositClearing second = prepared.get(1);
        assertEquals(95, first.getScore());
        assertEquals(0, BigDecimal.ONE.compareTo(first.getReleasedShare()));
        assertEquals(0, first.getWithheld().compareTo(first.getReleased()));
        assertEquals(85, second.getScore());
        assertEquals(second.getWithheld().multiply(new BigDecimal("0.8")).setScale(2, RoundingMode.HALF_UP),
                second.getReleased());
        assertEquals(0, second.getWithheld().compareTo(second.getReleased().add(second.getKept())));
        assertEquals(0, withheldOf(officer, Long.parseLong(batchId), good).compareTo(second.getWithheld()),
                "the deposit its payouts withheld");
        assertThrows(BusinessException.class, () -> clearing.prepare(officer, year), "not cleared twice");

        Actor approverWhoPrepared = new Actor(officer.username(), officer.organisationId(),
                officer.organisationKind(), Set.of(Role.BUREAU_APPROVER));
        BusinessException ownWork = assertThrows(BusinessException.class,
                () -> clearing.approve(approverWhoPrepared, year));
        assertEquals("clearing.fourEyes", ownWork.messageKey());
        assertEquals(2, clearing.approve(approver, year).size());
        assertTrue(clearing.year(care.approver(), year).made().stream()
                .noneMatch(c -> c.getInstitutionId() == excellent), "the demo city's bureau clears its own");
        assertThrows(NotFoundException.class, () -> clearing.statement(care.approver(), second.getId()));
        String release = new String(clearing.releaseFile(officer, year), StandardCharsets.UTF_8);
        assertTrue(release.contains(",LTC-Q" + year + "-I" + excellent) && release.split("\r\n").length == 3,
                release);
        String statement = PdfText.of(clearing.statement(care.staffOf(
                institutionRepository.find(good).orElseThrow()), second.getId()));
        assertTrue(statement.contains("质量保证金年度清算单")
                && statement.contains(second.getReleased().toPlainString()), statement);
    }

    private void theApproverSeesTheYearsClearing(String approver) throws Exception {
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(approver, "test");
            browser.open("/care/deposit-clearing.xhtml?year=" + MONTH.getYear());
            assertEquals("已审批", browser.byId("clearingForm:made:0:status").getText());
            assertTrue(browser.byId("clearingForm:open").getText().contains("待考核"),
                    browser.byId("clearingForm:open").getText());
            browser.screenshot("deposit-clearing");
        }
    }

    private BigDecimal withheldOf(Actor officer, long batchId, long institutionId) {
        return payouts.rows(officer, batchId).stream()
                .filter(r -> r.getInstitutionId() == institutionId).map(Payout::getDeposit)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** An evaluation sheet of 75 points plus {@code careQuality} (at most 25). */
    private static ScoreSheet sheet(int careQuality) {
        return new ScoreSheet(Map.of(EvaluationItem.FACILITIES, 20, EvaluationItem.STAFFING, 20,
                EvaluationItem.MANAGEMENT, 20, EvaluationItem.CARE_QUALITY, careQuality,
                EvaluationItem.INFORMATION_SYSTEMS, 15));
    }

    private CareClaim approvedClaim(AssessmentWorld.World world, CareInstitution home, BigDecimal deduction) {
        Actor staff = care.staffOf(home);
        CareClaim claim = claims.submit(staff, claims.generate(staff, home.getId(), MONTH).getId());
        long line = claims.lines(staff, claim.getId()).get(0).getId();
        YearMonth cycle = YearMonth.parse(claim.getCycle());
        Actor reviewer = world.reviewer();
        assertTrue(inQueue(reviewer, cycle, claim), "waits for a first review");
        if (deduction == null) {
            assertEquals(1, queue.acceptClean(reviewer, List.of(claim.getId())), "a clean claim in bulk");
        } else {
            reviews.firstReview(reviewer, claim.getId(), List.of(new LineDecision(line, LineReview.DEDUCTED,
                    deduction, ReviewReason.RECORD_INCOMPLETE, null)));
        }
        Actor reviewer2 = world.reviewer2();
        assertTrue(!inQueue(reviewer, cycle, claim) && inQueue(reviewer2, cycle, claim),
                "the second review is another reviewer's");
        reviews.secondReview(reviewer2, claim.getId());
        assertTrue(inQueue(world.approver(), cycle, claim), "waits for the approver");
        return reviews.approve(world.approver(), claim.getId());
    }

    private boolean inQueue(Actor actor, YearMonth cycle, CareClaim claim) {
        return queue.queue(actor, cycle, null, false).stream().anyMatch(r -> r.claim().getId().equals(claim.getId()));
    }

    /** The approvers' totals by institution and by care type add up to the cycle's reviewed claims. */
    private void assertCycleTotalsAreTheClaimsSums(AssessmentWorld.World world, YearMonth cycle) {
        BigDecimal payable = claims.ofCycle(world.approver(), cycle).stream()
                .filter(c -> c.getStatus() == ClaimStatus.APPROVED || c.getStatus() == ClaimStatus.SECOND_REVIEWED
                        || c.getStatus() == ClaimStatus.PAID)
                .map(CareClaim::getPayable).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal byInstitution = queue.totalsByInstitution(world.approver(), cycle).stream()
                .map(CycleTotal::payable).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal byCareType = queue.totalsByCareType(world.approver(), cycle).stream()
                .map(CycleTotal::payable).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, payable.compareTo(byInstitution), payable + " ≠ " + byInstitution);
        assertEquals(0, payable.compareTo(byCareType), payable + " ≠ " + byCareType);
    }

    /** The batch's totals as the rule gives them, summed here claim by claim. */
    private static void assertTotalsByTheRule(PayoutBatch batch, List<CareClaim> inBatch) {
        BigDecimal payable = BigDecimal.ZERO;
        BigDecimal deposit = BigDecimal.ZERO;
        for (CareClaim claim : inBatch) {
            payable = payable.add(claim.getPayable());
            deposit = deposit.add(claim.getPayable().multiply(DEPOSIT_RATE).setScale(2, RoundingMode.HALF_UP));
        }
        assertEquals(inBatch.size(), batch.getRun().getDone());
        assertEquals(0, payable.compareTo(batch.getPayable()), payable + " ≠ " + batch.getPayable());
        assertEquals(0, deposit.compareTo(batch.getDeposit()), deposit + " ≠ " + batch.getDeposit());
        assertEquals(0, payable.subtract(deposit).compareTo(batch.getPaid()));
    }

    private ClaimStatus status(CareClaim claim) {
        return claims.find(care.approver(), claim.getId()).getStatus();
    }

    /** The reviewer of a test region (an actor of the region's agency: no login needed in the server). */
    private Actor reviewerOf(String region) {
        return new Actor("it-reviewer-" + region, accounts.findOrganisationByCode("A" + region).orElseThrow().getId(),
                OrganisationKind.AGENCY, Set.of(Role.AGENCY_REVIEWER));
    }

    private static BigDecimal csvTotal(List<String> csv) {
        return csv.stream().skip(1).map(l -> l.split(",")).map(f -> new BigDecimal(f[f.length - 2]))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
