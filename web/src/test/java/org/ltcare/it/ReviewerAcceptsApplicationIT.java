package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.ltcare.institution.InstitutionKind;
import org.openqa.selenium.By;

/** The agency reviewer's journey in a real browser: log in, open the task, accept, see it leave the list. */
@RunAsClient
class ReviewerAcceptsApplicationIT extends IntegrationTest {

    private HttpResponse<String> post(String path, String user, String json) throws Exception {
        return new ApiClient(baseUrl).post(path, user, json);
    }

    /** An insured person with a name no other test uses, and an application for them filed by an institution. */
    private String fileApplicationForSomeoneNew() throws Exception {
        String idNumber = Insureds.freshIdNumber();
        String name = Insureds.nameFor("验收", idNumber);
        assertEquals(201, post("/api/v1/insured", "reviewer", Insureds.registrationJson(idNumber, name)).statusCode());
        HttpResponse<String> filed = post("/api/v1/applications", "nurse", "{\"insuredIdNumber\":\"" + idNumber
                + "\",\"applicantRole\":\"SELF\",\"applicantName\":\"" + name + "\",\"contactPhone\":\"13900002222\","
                + "\"residenceKind\":\"HOME\",\"residenceAddress\":\"市南区测试路2号\","
                + "\"materialsCheckedOnPaper\":[\"ID_DOCUMENT\",\"DIAGNOSIS\"]}");
        assertEquals(201, filed.statusCode(), filed.body());
        return name;
    }

    @Test
    void reviewerAcceptsAnApplicationAndItLeavesTheTaskList() throws Exception {
        String name = fileApplicationForSomeoneNew();
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(ownLoginLike("reviewer"), "test");
            assertTrue(browser.pageTo("tasksForm:tasks", name), "the new application's task is listed");
            browser.screenshot("reviewer-home");

            browser.driver().findElement(By.xpath("//tr[td[contains(., '" + name + "')]]//a")).click();
            browser.waitForText(By.id("status"), "待受理");
            browser.screenshot("application-detail");
            browser.clickAndWaitForNewPage("decisionForm:accept");
            browser.waitForText(By.id("status"), "已受理");
            assertTrue(browser.pageText().contains("已受理"), "the page says the application was accepted");

            browser.clickAndWaitForNewPage("navHome");
            assertFalse(browser.pageTo("tasksForm:tasks", name), "the accepted application's task left the list");
        }
    }

    @Inject
    Institutions institutions;

    /** In the server: a login of the test's own (password "test"), so that no demo user is locked. */
    String aLoginOfItsOwn() {
        return institutions.staffOf(institutions.aNew(InstitutionKind.NURSING_HOME, null)).username();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheMessageTellsNoOneWhichAccountsExist() throws Exception {
        String login = onServer("aLoginOfItsOwn").get(0);
        try (Browser browser = new Browser(baseUrl.toString())) {
            for (int attempt = 1; attempt <= 5; attempt++) {
                browser.login(login, "wrong-password");
                browser.byId("loginForm:loginMessages");
            }
            browser.login(login, "test");
            String locked = browser.byId("loginForm:loginMessages").getText();
            browser.screenshot("login-locked");
            assertTrue(browser.driver().findElements(By.cssSelector(".ltc-logout")).isEmpty(),
                    "even the right password is refused while locked");
            assertTrue(locked.contains("锁定"), "the message names the lock among the reasons: " + locked);

            browser.login("no-such-" + login, "test");
            assertEquals(locked, browser.byId("loginForm:loginMessages").getText(),
                    "an unknown user name reads the same: nobody learns which accounts exist");
        }
    }
}
