package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The bureau administrator in a real browser: copies the reference set into a draft, has an invalid band edit
 * refused with its message, saves a valid one and activates it from a date, on which it is in force. The date
 * is far in the future, so that the other tests' "today" keeps the reference set.
 */
@RunAsClient
class RuleSetAdminIT extends IntegrationTest {

    private static final String SCORES = "\"adl\":{\"eating\":10,\"dressing\":10,\"hygiene\":5,\"bowel\":10,"
            + "\"bladder\":10,\"toilet\":10,\"walking\":15,\"transfer\":15,\"stairs\":10,\"bathing\":5},"
            + "\"cognition\":{\"time\":4,\"person\":4,\"place\":4,\"memory\":4},"
            + "\"perception\":{\"vision\":4,\"hearing\":4,\"communication\":4}";


    private String ruleSetInForceOn(String date) throws Exception {
        HttpResponse<String> response = new ApiClient(baseUrl).post("/api/v1/trial/disability-grade", "reviewer",
                "{\"date\":\"" + date + "\"," + SCORES + "}");
        assertEquals(200, response.statusCode(), response.body());
        return response.body().replaceAll(".*\"ruleSet\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void anInvalidBandIsRefusedAndAValidVersionIsInForceFromItsDate() throws Exception {
        String code = "IT-" + ThreadLocalRandom.current().nextInt(1000, 9999);
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(ownLoginLike("admin"), "test");
            browser.open("/admin/rulesets/list.xhtml");
            browser.type("copyForm:code", code);
            browser.type("copyForm:name", "测试版本");
            browser.clickAndWaitForNewPage("copyForm:copy");

            browser.waitForText(By.id("ruleSetForm:status"), "草稿");
            String draftPage = browser.driver().getCurrentUrl().substring(baseUrl.toString().length() - 1);
            assertTrue(draftPage.contains("id="), "the draft is opened by its id: " + draftPage);
            browser.type("ruleSetForm:band_adl_MILD_min", "70");
            browser.type("ruleSetForm:renewalLeadDays", "0");
            browser.clickAndWaitForNewPage("ruleSetForm:save");
            String refused = browser.pageText();
            browser.screenshot("ruleset-band-refused");
            assertTrue(refused.contains("日常生活活动能力 · 中度：与 轻度 等级之间的分值 65–65 不属于任何等级"),
                "the gap between the bands is named, with the levels' names: " + refused);
            assertTrue(refused.contains("应为大于 0 的整数（当前为 0）"), "a policy number's problem: " + refused);
            browser.scrollTo("ruleSetForm:renewalLeadDays");
            browser.screenshot("ruleset-number-refused");

            browser.type("ruleSetForm:renewalLeadDays", "60");
            browser.type("ruleSetForm:qualityDepositRate", "0.04");

            browser.type("ruleSetForm:band_adl_MILD_min", "65");
            browser.type("ruleSetForm:band_adl_MILD_max", "95");
            browser.clickAndWaitForNewPage("ruleSetForm:save");
            assertTrue(browser.pageText().contains("规则版本 " + code + " 已保存"), browser.pageText());
            browser.open(draftPage);
            assertEquals("60", browser.byId("ruleSetForm:renewalLeadDays").getAttribute("value"), "kept as saved");
            assertEquals("0.04", browser.byId("ruleSetForm:qualityDepositRate").getAttribute("value"));

            browser.type("activateForm:effectiveFrom_input", "2099-01-01");
            browser.clickConfirmAndWaitForNewPage("activateForm:activate");
            browser.waitForText(By.id("listForm:versions"), "2099-01-01 至 长期");
            browser.screenshot("ruleset-activated");
            assertTrue(browser.pageText().contains("规则版本 " + code + " 已于 2099-01-01 起生效"), browser.pageText());
            assertTrue(browser.pageText().contains("2025-01-01 至 2098-12-31"),
                    "the reference set ends the day before: " + browser.pageText());
        }
        assertEquals("SD-2025", ruleSetInForceOn("2098-12-31"));
        assertEquals(code, ruleSetInForceOn("2099-01-01"));
    }
}
