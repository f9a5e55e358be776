package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The client-side half of {@link ClaimIT}'s journey: what the institution's system, the institution's staff, the
 * reviewers and the approver see of the claim the server half set up ({@code h}: the handover of
 * {@code ClaimIT.aMonthOfCareIsClaimedComputedAndSubmitted}). Runs in the test JVM only (Selenium, HTTP).
 */
final class ClaimScreens {

    private final URL baseUrl;
    private final YearMonth month;

    ClaimScreens(URL baseUrl, YearMonth month) {
        this.baseUrl = baseUrl;
        this.month = month;
    }

    void theClaimsStatusThroughTheApi(List<String> h) throws Exception {
        ApiClient api = new ApiClient(baseUrl);
        String path = "/api/v1/claims/" + h.get(1) + "/status";
        HttpResponse<String> own = api.get(path, h.get(0) + ":test");
        assertEquals(200, own.statusCode(), own.body());
        assertTrue(own.body().contains("\"status\":\"SUBMITTED\"") && own.body().contains("\"month\":\"" + month
                + "\""), own.body());
        assertEquals(200, api.get(path, h.get(6) + ":test").statusCode());
        assertEquals(404, api.get(path, h.get(2) + ":test").statusCode());
    }

    void theInstitutionReadsItsClaimOnThePage(List<String> h) throws Exception {
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(h.get(0), "test");
            browser.open("/care/claims.xhtml?month=" + month);
            assertEquals("已提交", browser.byId("claimForm:status").getText());
            assertTrue(browser.byId("claimForm:lines:0:rejected").getText().contains("住院期间 3"),
                    browser.byId("claimForm:lines:0:rejected").getText());
            assertTrue(browser.driver().findElements(By.id("claimForm:submit")).isEmpty(),
                    "a submitted claim is not submitted again");
            browser.screenshot("claim");
            String billable = browser.byId("claimForm:lines:0:billable").getText();
            String how = howTheFirstLineCameToBe(browser, "基金支付 = ");
            assertTrue(how.contains("基金支付 = " + billable + " 天 × "), "the line explains its amount: " + how);
            assertTrue(how.contains("拒付「住院期间」3 天："), "and its rejected days: " + how);
            assertTrue(how.contains("（住院记录 #"), "with the hospital stay behind them: " + how);
            browser.screenshot("claim-explanation");
            WebElement due = browser.byId("claimForm:payoutDueOn");
            DueDates.assertSaysHow(due, due.findElement(By.xpath("..")), "the payout due date");
            browser.open("/care/claims.xhtml?month=" + month + "&lang=en");
            how = howTheFirstLineCameToBe(browser, "Fund share = ");
            assertTrue(how.contains("Fund share = " + billable + " days × "), "in the page's language: " + how);
            assertTrue(how.contains("(hospital stay #"), "the stay too: " + how);
        }
    }

    /** Opens the first line's explanation as a reviewer does (its toggler) and reads it once {@code shown} is. */
    private static String howTheFirstLineCameToBe(Browser browser, String shown) {
        By steps = By.cssSelector("[id='claimForm:lines'] .ltc-explanation-steps");
        browser.driver().findElement(By.cssSelector("[id='claimForm:lines'] .ui-row-toggler"))
                .click();
        browser.waitForText(steps, shown);
        return browser.driver().findElement(steps).getText();
    }

    void theBureauSeesTheClaimInItsCycle(List<String> h) throws Exception {
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(h.get(6), "test");
            browser.open("/care/claim-cycle.xhtml?cycle=" + h.get(3));
            browser.byId("cycleForm:claims");
            assertTrue(browser.pageText().contains(h.get(4)), "the institution's claim is listed");
            assertTrue(browser.byId("fundTotal").getText().matches(".*¥[\\d,]+\\.\\d{2}.*"), "money with its fen: "
                    + browser.byId("fundTotal").getText());
            browser.screenshot("claim-cycle");
            browser.open("/care/claims.xhtml?month=" + month + "&institution=" + h.get(5));
            browser.byId("claimForm:lines:0:decision");
            assertTrue(browser.driver().findElements(By.id("claimForm:approve")).isEmpty(),
                    "nothing to approve before the reviews");
            browser.screenshot("claim-first-review");
            // A deduction without its reason: refused, and the message names the row, the person and the field.
            String person = browser.byId("claimForm:lines:0:name").getText();
            browser.selectMenuValue("claimForm:lines:0:decision", "DEDUCTED", "扣减");
            browser.type("claimForm:lines:0:amount", "1.00");
            browser.clickAndWaitForNewPage("claimForm:firstReview");
            browser.waitForText(By.id("messages"), "第 1 行（" + person + "）的原因");
            assertEquals("已提交", browser.byId("claimForm:status").getText(), "nothing was reviewed");
        }
    }

    void theApproverApprovesThePayoutInTheBrowser(List<String> h) throws Exception {
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(h.get(8), "test");
            browser.open("/care/claims.xhtml?month=" + month + "&institution=" + h.get(5));
            browser.clickAndWaitForNewPage("claimForm:approve");
            browser.waitForText(By.id("messages"), "已批准支付");
            assertEquals("已批准支付", browser.byId("claimForm:status").getText());
            browser.screenshot("claim-approved");
        }
    }
}
