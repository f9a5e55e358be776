package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Test;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.institution.InstitutionRepository;
import org.ltcare.policy.rules.CareType;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.settlement.claim.ClaimService;
import org.ltcare.settlement.claim.ClaimStatus;
import org.ltcare.settlement.payout.PayoutBatch;
import org.ltcare.settlement.payout.PayoutService;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.model.RunStatus;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.UserAccountRepository;
import org.ltcare.shared.time.ClockProducer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 8's "done when", in the browser: a nursing home generates and submits last month's claim, one reviewer ticks
 * it in the review queue and accepts it (first review of a clean claim), another does the second review, an
 * approver who did neither approves it, an agency officer prepares the payout batch and the approver downloads the
 * payment file and the institution's statement — the claim is paid exactly once, with the deposit the rule set
 * withholds. The bureau's people are the test region's own: their batch pays that region's claims, never the
 * demo's or another test's.
 */
@RunAsClient
class SettlementJourneyIT extends IntegrationTest {

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
    void aMonthIsClaimedReviewedApprovedAndPaidOnceInTheBrowser() throws Exception {
        List<String> world = onServer("aNursingHomeWithAResidentLastMonth");
        String staff = world.get(0);
        String home = world.get(1);
        String homeName = world.get(2);
        String reviewer = world.get(3);
        String claimPage = "/care/claims.xhtml?month=" + MONTH + "&institution=" + home;
        String cycle;
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(staff, "test");
            browser.open("/care/claims.xhtml?month=" + MONTH);
            browser.clickAndWaitForNewPage("claimForm:generate");
            browser.waitForText(By.id("messages"), "条明细");
            browser.clickAndWaitForNewPage("claimForm:submit");
            browser.waitForText(By.id("messages"), "已提交");
            cycle = browser.byId("claimForm:cycle").getText().trim();
            browser.screenshot("journey-1-submitted");
        }
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(reviewer, "test");
            browser.open("/home.xhtml");
            assertTrue(browser.pageTo("tasksForm:tasks", homeName + " " + MONTH), "the first review is a task");
            WebElement task = browser.rowContaining("tasksForm:tasks", homeName + " " + MONTH);
            DueDates.assertSaysHow(task.findElement(By.cssSelector("[id$=':due']")), task, "the review's due date");
            browser.open("/care/review-queue.xhtml?cycle=" + cycle);
            browser.type("queueForm:institutionText", homeName);
            browser.clickAndWaitForNewPage("queueForm:show");
            browser.byId("queueForm:queue").findElement(By.cssSelector("tbody tr .ui-chkbox-box")).click();
            browser.screenshot("journey-2-queue");
            browser.clickAndWaitForNewPage("queueForm:acceptClean");
            browser.waitForText(By.id("messages"), "已初审通过 1 件");
            browser.open(claimPage);
            assertEquals("初审完成，待复审", browser.byId("claimForm:status").getText(), "accepted from the queue");
            assertTrue(browser.driver().findElements(By.id("claimForm:secondReview")).isEmpty(),
                    "four eyes: the first reviewer is not offered the second review");
            browser.open("/home.xhtml");
            browser.byId("tasksForm");
            assertFalse(browser.pageText().contains(homeName + " " + MONTH),
                    "nor is the second review on the first reviewer's task list");
        }
        step(world.get(4), claimPage, "claimForm:secondReview", "复审完成，待审批", "journey-3-second-review");
        step(world.get(5), claimPage, "claimForm:approve", "已批准支付", "journey-4-approved");

        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(reviewer, "test");
            browser.open("/care/payouts.xhtml?cycle=" + cycle);
            assertTrue(browser.byId("payoutForm:payable").getText().contains(homeName), "our claim is listed");
            browser.clickAndWaitForNewPage("payoutForm:prepare");
            browser.waitForText(By.id("messages"), "正在后台支付");
        }
        List<String> paid = onServer("theBatchPaidTheClaimOnceWithTheDepositWithheld", home, reviewer);
        String batch = paid.get(0);
        String transfer = paid.get(1);

        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(world.get(5), "test");
            browser.open("/care/payouts.xhtml?cycle=" + cycle);
            int row = browser.rowOf("payoutForm:batches", "batchId", "B" + batch);
            assertEquals("已完成", browser.byId("payoutForm:batches:" + row + ":batchStatus").getText());
            java.text.DecimalFormat yuan = new java.text.DecimalFormat("¥#,##0.00",
                    java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
            assertEquals(yuan.format(new BigDecimal(transfer)),
                    browser.byId("payoutForm:batches:" + row + ":paid").getText(), "paid, as money is shown");
            browser.screenshot("journey-5-paid");
            Path file = browser.download("payoutForm:batches:" + row + ":paymentFile");
            List<String> ours = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains(homeName)).toList();
            assertEquals(1, ours.size(), "one transfer to the institution");
            String[] fields = ours.get(0).split(",");
            assertEquals(new BigDecimal(transfer), new BigDecimal(fields[fields.length - 2]), "payable − deposit");
            browser.click("payoutForm:batches:" + row + ":statements");
            browser.waitForText(By.id("payoutForm:statementsPanel"), homeName);
            int statement = statementOf(browser, homeName);
            Path pdf = browser.download("payoutForm:statementsTable:" + statement + ":statement");
            assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
        }
    }

    /**
     * In the server: a nursing home of a region of its own with a resident since the month before last and a bank
     * account; its staff login, id and name, and the logins of the region's reviewer, second reviewer and approver.
     */
    List<Object> aNursingHomeWithAResidentLastMonth() {
        AssessmentWorld.World world = care.world();
        CareInstitution home = care.contractedSince(world, InstitutionKind.NURSING_HOME, null, CareType.RESIDENTIAL, 5,
                MONTH.minusMonths(1).atDay(1));
        records.inCareSince(world, home, CareType.RESIDENTIAL, MONTH.minusMonths(1).atDay(1));
        institutions.withBankAccount(home);
        return List.of(care.staffOf(home).username(), home.getId(), home.getName(), care.login(world.reviewer()),
                care.login(world.reviewer2()), care.login(world.approver()));
    }

    /** In the server: the batch paid the home's claim once and again pays nothing; its id and our transfer. */
    List<Object> theBatchPaidTheClaimOnceWithTheDepositWithheld(String institution, String officerLogin) {
        Actor officer = accounts.findByUsername(officerLogin).orElseThrow().toActor();
        long institutionId = Long.parseLong(institution);
        CareClaim claim = claims.ofInstitution(officer, institutionId).get(0);
        PayoutBatch batch = Await.until(() -> payouts.find(officer, claims.find(officer, claim.getId())
                        .getPayoutBatchId()),
                b -> b.getRun().getStatus() != RunStatus.PREPARED && b.getRun().getStatus() != RunStatus.RUNNING,
                Duration.ofSeconds(60), "the payout batch");
        assertEquals(RunStatus.COMPLETED, batch.getRun().getStatus(), String.valueOf(batch.getRun().getFailure()));
        assertEquals(1, batch.getRun().getTotal(), "the region's one approved claim, no other's");
        CareClaim paid = claims.find(officer, claim.getId());
        assertEquals(ClaimStatus.PAID, paid.getStatus());
        assertEquals(1, audit.history("CareClaim", String.valueOf(claim.getId())).stream()
                .filter(e -> "PAY_CLAIM".equals(e.getAction())).count());
        PayoutBatch again = payouts.run(officer, batch.getId());
        assertEquals(batch.getPaid(), again.getPaid(), "run again, it pays nothing more");
        BigDecimal deposit = paid.getPayable().multiply(new BigDecimal("0.05")).setScale(2, RoundingMode.HALF_UP);
        return List.of(batch.getId(), paid.getPayable().subtract(deposit).toPlainString());
    }

    private void step(String user, String page, String button, String status, String screenshot) throws Exception {
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(user, "test");
            browser.open(page);
            browser.clickAndWaitForNewPage(button);
            browser.waitForText(By.id("claimForm:status"), status);
            browser.screenshot(screenshot);
        }
    }

    private static int statementOf(Browser browser, String institutionName) {
        for (int i = 0; ; i++) {
            if (browser.byId("payoutForm:statementsTable:" + i + ":institution").getText().contains(institutionName)) {
                return i;
            }
        }
    }
}
