package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The bureau administrator maintains the holiday calendar in a real browser: adds a year, has a make-up working
 * day on a weekday refused, adds a holiday, and sees the working-day count skip it; a year not entered is named.
 */
@RunAsClient
class CalendarAdminIT extends IntegrationTest {

    private static void chooseKind(Browser browser, String value, String label) {
        browser.selectMenuValue("dayForm:dayKind", value, label);
    }

    @Test
    void aYearIsAddedAWeekdayWorkdayRefusedAndAHolidaySkipped() throws Exception {
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(ownLoginLike("admin"), "test");
            browser.open("/admin/calendar.xhtml");

            browser.type("yearForm:year", "2035");
            browser.type("yearForm:yearSource", "测试用通知");
            browser.clickAndWaitForNewPage("yearForm:addYear");
            assertTrue(browser.pageText().contains("2035年已添加"), browser.pageText());

            browser.type("dayForm:day_input", "2035-01-03");
            chooseKind(browser, "WORKDAY", "调休上班");
            browser.type("dayForm:dayName", "测试调休");
            browser.clickAndWaitForNewPage("dayForm:saveDay");
            assertTrue(browser.pageText().contains("调休上班只能是星期六或星期日"), browser.pageText());

            browser.type("dayForm:day_input", "2035-01-02");
            chooseKind(browser, "HOLIDAY", "放假");
            browser.type("dayForm:dayName", "测试假日");
            browser.clickAndWaitForNewPage("dayForm:saveDay");
            assertTrue(browser.pageText().contains("2035-01-02 已保存"), browser.pageText());
            browser.screenshot("calendar-admin");

            browser.type("toolForm:date_input", "2035-01-01");
            browser.type("toolForm:days", "1");
            browser.clickAndWaitForNewPage("toolForm:add");
            browser.waitForText(By.id("toolForm:answer"), "2035-01-03");
            assertEquals("自 2035-01-01 次日起算 1 个工作日，到期日为 2035-01-03\n跳过法定节假日 1 天：2035-01-02 测试假日\n"
                    + "跳过其他周末 0 天\n使用 2035 年度的节假日日历", browser.byId("how").getText(),
                    "the tool says which listed days it passed over");

            browser.type("toolForm:date_input", "2035-12-28");
            browser.type("toolForm:days", "10");
            browser.clickAndWaitForNewPage("toolForm:add");
            assertTrue(browser.pageText().contains("2036年的法定节假日安排尚未录入"),
                    "counting into a year not entered is refused, naming it: " + browser.pageText());
        }
    }
}
