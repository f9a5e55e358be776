package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An institution files an application through the five-step wizard (the Faces Flow "apply") in a real browser,
 * with Chinese text typed in and a file uploaded; what is stored is what was typed.
 */
@RunAsClient
class ApplyWizardIT extends IntegrationTest {

    private void register(String idNumber, String name) throws Exception {
        HttpResponse<String> response = new ApiClient(baseUrl)
                .post("/api/v1/insured", "reviewer", Insureds.registrationJson(idNumber, name));
        assertEquals(201, response.statusCode(), response.body());
    }

    @Test
    void institutionFilesAnApplicationStepByStep() throws Exception {
        String idNumber = Insureds.freshIdNumber();
        String name = Insureds.nameFor("向导", idNumber);
        register(idNumber, name);
        Path scan = Files.createTempFile("身份证", ".pdf");
        Files.writeString(scan, "%PDF-1.4\n%%EOF\n");

        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login("nurse", "nurse");
            browser.open("/apply/apply.xhtml");

            browser.type("applyForm:idNumber", idNumber);
            browser.clickAndWaitForNewPage("applyForm:lookup");
            browser.waitForText(By.id("applyForm:insuredName"), name);
            browser.clickAndWaitForNewPage("applyForm:next");

            // Step 2: the insured person applies for themselves; their name is filled in already.
            assertEquals(name, browser.byId("applyForm:applicantName").getAttribute("value"));
            browser.type("applyForm:contactPhone", "13900003333");
            browser.clickAndWaitForNewPage("applyForm:next");

            // Step 3: at home, at an address typed in Chinese.
            browser.driver().findElement(By.xpath("//label[normalize-space()='居家']")).click();
            browser.type("applyForm:residenceAddress", "市南区向导路8号");
            browser.screenshot("apply-residence");
            browser.clickAndWaitForNewPage("applyForm:next");

            // Step 4: going on without the required materials is refused with a message.
            browser.clickAndWaitForNewPage("applyForm:next");
            assertTrue(browser.pageText().contains("缺少必需的申请材料"), browser.pageText());
            browser.present("applyForm:file_ID_DOCUMENT").sendKeys(scan.toString());
            browser.present("applyForm:paper_DIAGNOSIS").click();
            browser.clickAndWaitForNewPage("applyForm:next");

            // Step 5: the summary shows what was entered; submitting files the application.
            browser.waitForText(By.id("applyForm:residenceAddress"), "市南区向导路8号");
            browser.screenshot("apply-confirm");
            browser.clickAndWaitForNewPage("applyForm:submit");
            browser.waitForText(By.id("submittedText"), "申请已提交");
            browser.screenshot("apply-submitted");

            browser.clickAndWaitForNewPage("openApplication");
            browser.waitForText(By.id("status"), "待受理");
            String detail = browser.pageText();
            assertTrue(detail.contains(name + "（本人）"), "the applicant name is stored as typed: " + detail);
            assertTrue(detail.contains("市南区向导路8号"), "the address is stored as typed: " + detail);
            assertTrue(detail.contains(scan.getFileName().toString()), "the uploaded file is listed: " + detail);
        } finally {
            Files.deleteIfExists(scan);
        }
    }
}
