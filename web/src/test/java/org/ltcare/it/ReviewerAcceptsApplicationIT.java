package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The agency reviewer's journey in a real browser: log in, open the task, accept, see it leave the list. */
@RunAsClient
class ReviewerAcceptsApplicationIT extends IntegrationTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private HttpResponse<String> post(String path, String user, String json) throws Exception {
        return new ApiClient(baseUrl).post(path, user, json);
    }

    /** An insured person with a name no other test uses, and an application for them filed by an institution. */
    private String fileApplicationForSomeoneNew() throws Exception {
        String idNumber = Insureds.freshIdNumber();
        String name = Insureds.nameFor("验收", idNumber);
        assertEquals(201, post("/api/v1/insured", "admin", Insureds.registrationJson(idNumber, name)).statusCode());
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
            browser.login("reviewer", "reviewer");
            browser.waitForText(By.id("tasksForm:tasks"), name);
            browser.screenshot("reviewer-home");

            browser.driver().findElement(By.xpath("//tr[td[contains(., '" + name + "')]]//a")).click();
            browser.waitForText(By.id("status"), "待受理");
            browser.screenshot("application-detail");
            browser.clickAndWaitForNewPage("decisionForm:accept");
            browser.waitForText(By.id("status"), "已受理");
            assertTrue(browser.pageText().contains("已受理"), "the page says the application was accepted");

            browser.clickAndWaitForNewPage("navHome");
            browser.byId("tasksForm:tasks");
            assertFalse(browser.pageText().contains(name), "the accepted application's task left the list");
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountWithAClearMessage() throws Exception {
        try (Browser browser = new Browser(baseUrl.toString())) {
            for (int attempt = 1; attempt <= 5; attempt++) {
                browser.login("applicant", "wrong-password");
                browser.byId("loginForm:loginMessages");
            }
            String text = browser.pageText();
            browser.screenshot("login-locked");
            assertTrue(text.contains("账户已被锁定"), "the lock message is shown: " + text);

            browser.login("applicant", "applicant");
            assertTrue(browser.pageText().contains("账户已被锁定"), "even the right password is refused while locked");
        }
    }
}
