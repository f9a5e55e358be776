package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.institution.InstitutionRepository;
import org.ltcare.policy.rules.CareType;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.settlement.claim.ClaimService;
import org.ltcare.settlement.claim.ClaimStatus;
import org.ltcare.settlement.payout.BatchStatus;
import org.ltcare.settlement.payout.PayoutBatch;
import org.ltcare.settlement.payout.PayoutService;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.UserAccountRepository;
import org.ltcare.shared.time.ClockProducer;
import org.openqa.selenium.By;

/**
 * Issue 8's "done when", in the browser: a nursing home generates and submits last month's claim, one reviewer ticks
 * it in the review queue and accepts it (first review of a clean claim), another does the second review, an approver who did neither approves it, an agency officer prepares the
 * payout batch and the approver downloads the payment file and the institution's statement — the claim is paid
 * exactly once, with the deposit the rule set withholds.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SettlementJourneyIT extends IntegrationTest {

    private static final Handover HANDOVER = new Handover("settlement-journey");
    private static final YearMonth MONTH = YearMonth.now(ClockProducer.ZONE).minusMonths(1);

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
    PayoutService payouts;

    @Inject
    UserAccountRepository accounts;

    @Inject
    AuditLog audit;

    @Test
    @Order(1)
    void aNursingHomeWithAResidentLastMonth() {
        AssessmentWorld.World world = care.world();
        CareInstitution home = care.contractedSince(world, InstitutionKind.NURSING_HOME, null, CareType.RESIDENTIAL, 5,
                MONTH.minusMonths(1).atDay(1));
        records.inCareSince(world, home, CareType.RESIDENTIAL, MONTH.minusMonths(1).atDay(1));
        HANDOVER.write(care.staffOf(home).username(), home.getId(), home.getName());
    }

    @Test
    @Order(2)
    @RunAsClient
    void theClaimIsSubmittedAcceptedInTheQueueReviewedAgainAndApprovedByThreeOtherPeople() throws Exception {
        List<String> h = HANDOVER.read();
        String claimPage = "/care/claims.xhtml?month=" + MONTH + "&institution=" + h.get(1);
        String cycle;
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(h.get(0), "test");
            browser.open("/care/claims.xhtml?month=" + MONTH);
            browser.clickAndWaitForNewPage("claimForm:generate");
            browser.waitForText(By.id("messages"), "条明细");
            browser.clickAndWaitForNewPage("claimForm:submit");
            browser.waitForText(By.id("messages"), "已提交");
            cycle = browser.byId("claimForm:cycle").getText().trim();
            browser.screenshot("journey-1-submitted");
        }
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login("reviewer", "reviewer");
            browser.open("/care/review-queue.xhtml?cycle=" + cycle);
            browser.type("queueForm:institutionText", h.get(2));
            browser.clickAndWaitForNewPage("queueForm:show");
            browser.byId("queueForm:queue").findElement(By.cssSelector("tbody tr .ui-chkbox-box")).click();
            browser.screenshot("journey-2-queue");
            browser.clickAndWaitForNewPage("queueForm:acceptClean");
            browser.waitForText(By.id("messages"), "已初审通过 1 件");
            browser.open(claimPage);
            assertEquals("初审完成，待复审", browser.byId("claimForm:status").getText(), "accepted from the queue");
        }
        step("reviewer2", claimPage, "claimForm:secondReview", "复审完成，待审批", "journey-3-second-review");
        step("approver", claimPage, "claimForm:approve", "已批准支付", "journey-4-approved");
        HANDOVER.write(h.get(0), h.get(1), h.get(2), cycle);
    }

    @Test
    @Order(3)
    void everyInstitutionPayableInTheCycleHasABankAccount() {
        List<String> h = HANDOVER.read();
        Actor officer = accounts.findByUsername("reviewer").orElseThrow().toActor();
        List<CareClaim> payable = payouts.payable(officer, YearMonth.parse(h.get(3)));
        assertTrue(payable.stream().anyMatch(c -> c.getInstitutionId() == Long.parseLong(h.get(1))), "ours is payable");
        // Other classes' approved claims of the same cycle go into the same batch: it must not stop at them.
        payable.stream().map(CareClaim::getInstitutionId).distinct()
                .forEach(id -> institutions.withBankAccount(institutionRepository.find(id).orElseThrow()));
    }

    @Test
    @Order(4)
    @RunAsClient
    void anOfficerPreparesTheBatch() throws Exception {
        List<String> h = HANDOVER.read();
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login("reviewer", "reviewer");
            browser.open("/care/payouts.xhtml?cycle=" + h.get(3));
            assertTrue(browser.byId("payoutForm:payable").getText().contains(h.get(2)), "our claim is listed");
            browser.clickAndWaitForNewPage("payoutForm:prepare");
            browser.waitForText(By.id("messages"), "正在后台支付");
        }
    }

    @Test
    @Order(5)
    void theBatchPaysTheClaimOnceWithTheDepositWithheld() {
        List<String> h = HANDOVER.read();
        Actor officer = accounts.findByUsername("reviewer").orElseThrow().toActor();
        long institutionId = Long.parseLong(h.get(1));
        CareClaim claim = claims.ofInstitution(officer, institutionId).get(0);
        PayoutBatch batch = Await.until(() -> payouts.find(officer, claims.find(officer, claim.getId())
                        .getPayoutBatchId()), b -> b.getStatus() != BatchStatus.PREPARED && b.getStatus() != BatchStatus.RUNNING,
                Duration.ofSeconds(60), "the payout batch");
        assertEquals(BatchStatus.COMPLETED, batch.getStatus(), String.valueOf(batch.getFailure()));
        CareClaim paid = claims.find(officer, claim.getId());
        assertEquals(ClaimStatus.PAID, paid.getStatus());
        assertEquals(1, audit.history("CareClaim", String.valueOf(claim.getId())).stream()
                .filter(e -> "PAY_CLAIM".equals(e.getAction())).count());
        PayoutBatch again = payouts.run(officer, batch.getId());
        assertEquals(batch.getPaid(), again.getPaid(), "run again, it pays nothing more");
        BigDecimal deposit = paid.getPayable().multiply(new BigDecimal("0.05")).setScale(2, RoundingMode.HALF_UP);
        HANDOVER.write(h.get(0), h.get(1), h.get(2), h.get(3), batch.getId(),
                paid.getPayable().subtract(deposit).toPlainString());
    }

    @Test
    @Order(6)
    @RunAsClient
    void theApproverDownloadsThePaymentFileAndTheStatement() throws Exception {
        List<String> h = HANDOVER.read();
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login("approver", "approver");
            browser.open("/care/payouts.xhtml?cycle=" + h.get(3));
            int row = browser.rowOf("payoutForm:batches", "batchId", "B" + h.get(4));
            assertEquals("已完成", browser.byId("payoutForm:batches:" + row + ":batchStatus").getText());
            browser.screenshot("journey-5-paid");
            Path file = browser.download("payoutForm:batches:" + row + ":paymentFile");
            List<String> ours = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains(h.get(2))).toList();
            assertEquals(1, ours.size(), "one transfer to the institution");
            String[] fields = ours.get(0).split(",");
            assertEquals(new BigDecimal(h.get(5)), new BigDecimal(fields[fields.length - 2]), "payable − deposit");
            int statement = statementOf(browser, row, h.get(2));
            Path pdf = browser.download("payoutForm:batches:" + row + ":statements:" + statement + ":statement");
            assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
        }
    }

    private void step(String user, String page, String button, String status, String screenshot) throws Exception {
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(user, user);
            browser.open(page);
            browser.clickAndWaitForNewPage(button);
            browser.waitForText(By.id("claimForm:status"), status);
            browser.screenshot(screenshot);
        }
    }

    private static int statementOf(Browser browser, int row, String institutionName) {
        for (int i = 0; ; i++) {
            String id = "payoutForm:batches:" + row + ":statements:" + i + ":statement";
            if (browser.byId(id).findElement(By.xpath("..")).getText().contains(institutionName)) {
                return i;
            }
        }
    }
}
