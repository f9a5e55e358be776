package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Bureau staff import insured people from a CSV file in a real browser: the preview names every bad row by its
 * line number, nothing is stored before they confirm, and then only the good rows are.
 */
@RunAsClient
class InsuredImportIT extends IntegrationTest {

    private static final String HEADER = "身份证号,姓名,参保类型,统筹区代码,参保日期,联系电话,居住地址";


    @Test
    void registeringOnePersonOverTheApiChecksTheFieldsAsTheImportDoes() throws Exception {
        String json = Insureds.registrationJson(Insureds.freshIdNumber(), "张三3")
                .replace("\"13900001111\"", "\"12345\"");
        HttpResponse<String> response = new ApiClient(baseUrl).post("/api/v1/insured", "reviewer", json);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"field\":\"name\"") && response.body().contains("\"field\":\"phone\""),
                response.body());
        assertFalse(response.body().contains("??"), "every message has a text: " + response.body());
    }

    @Test
    void badRowsAreReportedByLineAndOnlyGoodRowsAreStoredOnConfirm() throws Exception {
        String good = Insureds.freshIdNumber();
        String badCheckDigit = good.substring(0, 17) + (good.charAt(17) == '1' ? "2" : "1");
        String goodName = Insureds.nameFor("导入", good);
        Path csv = Files.createTempFile("insured", ".csv");
        Files.writeString(csv, HEADER + "\n"
                + good + "," + goodName + ",居民,370200,2019-03-01,13900004444,市北区导入路3号\n"
                + badCheckDigit + ",坏行,居民,370200,2019-03-01,,\n", StandardCharsets.UTF_8);

        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(ownLoginLike("reviewer"), "test");
            browser.open("/bureau/insured/import.xhtml");
            browser.present("importForm:file").sendKeys(csv.toString());
            browser.clickAndWaitForNewPage("importForm:preview");

            browser.waitForText(By.id("previewForm:errors"), "校验位");
            String preview = browser.pageText();
            browser.screenshot("insured-import-preview");
            assertTrue(browser.present("previewForm:validSample").getText().contains(goodName),
                    "the good row is previewed");
            assertEquals("1", browser.present("previewForm:validRows").getText().trim());
            assertTrue(browser.present("previewForm:errors").getText().contains("3"),
                    "the bad row is named by its line number (3)");

            browser.open("/bureau/insured/list.xhtml");
            browser.type("searchForm:idNumber", good);
            browser.clickAndWaitForNewPage("searchForm:search");
            assertFalse(browser.pageText().contains(goodName), "nothing is stored before confirming");

            browser.open("/bureau/insured/import.xhtml");
            browser.present("importForm:file").sendKeys(csv.toString());
            browser.clickAndWaitForNewPage("importForm:preview");
            browser.clickConfirmAndWaitForNewPage("previewForm:confirm");
            browser.waitForText(By.id("importForm:importedCount"), "1");

            browser.open("/bureau/insured/list.xhtml");
            browser.type("searchForm:idNumber", good);
            browser.clickAndWaitForNewPage("searchForm:search");
            browser.waitForText(By.tagName("body"), goodName);
            browser.type("searchForm:idNumber", badCheckDigit);
            browser.clickAndWaitForNewPage("searchForm:search");
            assertFalse(browser.pageText().contains("坏行"), "the bad row was not stored");
        } finally {
            Files.deleteIfExists(csv);
        }
    }
}
