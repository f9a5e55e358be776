package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.ltcare.insured.IdNumber;
import org.ltcare.insured.PersonName;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The assessment in a real browser, as its users do it: the reviewer accepts, one drawn assessor fills in the 17
 * items on the form and watches the preview reach the grade, the other confirms, the supervisor approves, and the
 * public notice page (no login) shows the case with name and ID number masked.
 */
@RunAsClient
class AssessmentJourneyIT extends IntegrationTest {

    /** The demo assessors' logins by name (demo-logins.txt). */
    private static final Map<String, String> LOGINS = Map.of("王芳", "assessor1", "李强", "assessor2",
            "张敏", "assessor3", "刘洋", "assessor4", "陈静", "assessor5", "杨磊", "assessor6");

    /** For grade 3 under SD-2025 (ADL 20, severe; cognition and perception intact): option index per item. */
    private static final Map<String, Integer> CHOICES = new LinkedHashMap<>();

    static {
        String[] adl = {"eating", "dressing", "hygiene", "bowel", "bladder", "toilet", "walking", "transfer", "stairs",
            "bathing"};
        int[] adlIndex = {1, 2, 1, 1, 1, 2, 3, 2, 2, 1};
        for (int i = 0; i < adl.length; i++) {
            CHOICES.put("adl_" + adl[i], adlIndex[i]);
        }
        for (String item : List.of("time", "person", "place", "memory")) {
            CHOICES.put("cognition_" + item, 0);
        }
        for (String item : List.of("vision", "hearing", "communication")) {
            CHOICES.put("perception_" + item, 0);
        }
    }

    private static final String ONE_PIXEL_PNG =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

    @Test
    void assessorsEnterAndConfirmTheSupervisorApprovesAndThePublicSeesTheCaseMasked() throws Exception {
        String idNumber = Insureds.freshIdNumber();
        String name = Insureds.nameFor("评估", idNumber);
        long applicationId = fileAtHome(idNumber, name);
        List<String> assessors = acceptAndReadTheDrawnAssessors(applicationId);

        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(assessors.get(0), assessors.get(0));
            browser.byId("tasksForm:tasks");
            assertTrue(browser.pageTo("tasksForm:tasks", name), "the drawn assessor's 我的待办 has the case");
            String tasks = browser.byId("tasksForm:tasks").getText();
            assertTrue(tasks.contains("现场评估录入"), "as the on-site assessment, with its due date: " + tasks);
            WebElement task = browser.rowContaining("tasksForm:tasks", name);
            DueDates.assertSaysHow(task.findElement(By.cssSelector("[id$=':due']")), task, "the task's due date");
            browser.screenshot("home-task-due");
            browser.open("/assessor/assessments.xhtml");
            assertTrue(browser.pageTo("assessmentsForm:assessments", name), "the drawn assessor's list has the case");
            browser.open("/assessor/assessment.xhtml?application=" + applicationId);
            browser.type("assessmentForm:onSiteTime", "0930");
            Map.Entry<String, Integer> last = null;
            for (Map.Entry<String, Integer> choice : CHOICES.entrySet()) {
                if (last != null) {
                    choose(browser, last);
                }
                last = choice;
            }
            // One item left out: the form is sent without "cannot be changed" (there is nothing to confirm yet), and
            // comes back with the item's error in view, not only in the messages at the top of a long page.
            browser.clickAndWaitForNewPage("assessmentForm:submit");
            String missing = "assessmentForm:" + last.getKey() + "_message";
            browser.waitForText(By.id(missing), "");
            assertFalse(browser.byId(missing).getText().isBlank(), "the missing item says what is wrong");
            assertTrue(browser.isInViewport(missing), "the missing item's error is on the screen");
            choose(browser, last);
            browser.waitForText(By.id("assessmentForm:previewGrade"), "3 级");
            browser.waitForText(By.id("assessmentForm:level_adl"), "重度");
            Path photo = Files.createTempFile("bedside", ".png");
            Files.write(photo, Base64.getDecoder().decode(ONE_PIXEL_PNG));
            browser.driver().findElement(By.cssSelector("[id='photoUploadForm'] input[type=file]"))
                    .sendKeys(photo.toString());
            browser.waitForText(By.id("photoListForm"), photo.getFileName().toString());
            assertTrue(browser.driver().findElement(By.id("assessmentForm:adl_eating:1")).isSelected(),
                    "uploading a photo leaves the chosen items as they are");
            assertEquals("20 / 100", browser.byId("assessmentForm:score_adl").getText());
            assertEquals("完好", browser.byId("assessmentForm:level_cognition").getText());
            browser.screenshot("assessment-form-preview");
            browser.clickConfirmAndWaitForNewPage("assessmentForm:submit");
            browser.waitForText(By.id("assessmentsForm:assessments"), "待同组评估员确认");
        }

        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(assessors.get(1), assessors.get(1));
            browser.open("/assessor/assessment.xhtml?application=" + applicationId);
            browser.waitForText(By.id("assessmentForm:previewGrade"), "3 级");
            browser.clickAndWaitForNewPage("assessmentForm:confirm");
        }

        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login("supervisor", "supervisor");
            browser.open("/assessor/assessment.xhtml?application=" + applicationId);
            browser.waitForText(By.id("status"), "待专家复核");
            browser.clickConfirmAndWaitForNewPage("reviewForm:approve");
            browser.waitForText(By.id("notices"), "公示中");
            DueDates.assertSaysHow(browser.driver().findElement(By.cssSelector("[id$='noticePeriod']")),
                    browser.byId("notices"), "the notice's last day");
            browser.scrollTo("notices");
            browser.screenshot("case-after-review");
            HttpResponse<String> status = new ApiClient(baseUrl).get("/api/v1/applications/" + applicationId
                    + "/status", "reviewer");
            assertTrue(status.body().contains("\"endsOnHow\":[\"自 "), "the status API says it too: " + status.body());
        }

        try (Browser anyone = new Browser(baseUrl.toString())) {
            anyone.open("/public/notices.xhtml");
            String masked = PersonName.masked(name);
            String maskedId = IdNumber.parse(idNumber).masked();
            assertTrue(anyone.pageTo("noticesForm:notices", maskedId), "the case is on the public notice");
            WebElement row = anyone.rowContaining("noticesForm:notices", maskedId);
            DueDates.assertSaysHow(row.findElement(By.cssSelector("[id$=':period']")), row,
                    "the last day for objections");
            String page = anyone.pageText();
            anyone.screenshot("public-notices");
            assertTrue(page.contains(masked), "the masked name is listed: " + masked);
            assertFalse(page.contains(name), "the full name is not shown");
            assertFalse(page.contains(idNumber), "the full ID number is not shown");
            assertTrue(page.contains("3 级 · 重度失能Ⅰ级"), "the grade is shown");
        }
    }

    private long fileAtHome(String idNumber, String name) throws Exception {
        ApiClient api = new ApiClient(baseUrl);
        assertEquals(201, api.post("/api/v1/insured", "reviewer", Insureds.registrationJson(idNumber, name)).statusCode());
        HttpResponse<String> filed = api.post("/api/v1/applications", "reviewer", "{\"insuredIdNumber\":\""
                + idNumber + "\",\"applicantRole\":\"SELF\",\"applicantName\":\"" + name + "\","
                + "\"contactPhone\":\"13900002222\",\"residenceKind\":\"HOME\",\"residenceAddress\":\"市南区测试路3号\","
                + "\"materialsCheckedOnPaper\":[\"ID_DOCUMENT\",\"DIAGNOSIS\"]}");
        assertEquals(201, filed.statusCode(), filed.body());
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(filed.body());
        assertTrue(id.find(), filed.body());
        return Long.parseLong(id.group(1));
    }

    /** The reviewer accepts on the case's page, which then lists the two assessors drawn. */
    private List<String> acceptAndReadTheDrawnAssessors(long applicationId) throws Exception {
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(ownLoginLike("reviewer"), "test");
            browser.open("/applications/detail.xhtml?id=" + applicationId);
            browser.clickAndWaitForNewPage("decisionForm:accept");
            String due = browser.byId("roundsForm:rounds:0:roundDue").getText();
            assertTrue(browser.byId("roundsForm:rounds:0:roundDue").getAttribute("title")
                    .contains("个工作日，到期日为 " + due), "the due date says how it was counted");
            HttpResponse<String> status = new ApiClient(baseUrl).get("/api/v1/applications/" + applicationId
                    + "/status", "reviewer");
            assertTrue(status.body().contains("\"assessmentDueHow\":[\"自 ") && status.body().contains(
                    "个工作日，到期日为 " + due + "\""), "and so does the status API: " + status.body());
            String names = browser.byId("roundsForm:rounds:0:roundAssessors").getText();
            List<String> logins = List.of(names.split("、")).stream().map(LOGINS::get).toList();
            assertEquals(2, logins.size(), names);
            assertTrue(logins.stream().allMatch(login -> login != null), "demo assessors were drawn: " + names);
            return logins;
        }
    }

    private static void choose(Browser browser, Map.Entry<String, Integer> choice) {
        browser.driver().findElement(By.cssSelector(
                "label[for='assessmentForm:" + choice.getKey() + ":" + choice.getValue() + "']")).click();
    }
}
