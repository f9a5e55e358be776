package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An institution nurse uses the trial screens (试算) in a real browser: the grade of the best and of the worst
 * scores, the items still missing, and the care fee of the trial API's worked example (api-trial.md).
 */
@RunAsClient
class TrialPagesIT extends IntegrationTest {

    /** The 17 items of the national scale, as "dimension_item": the ids of their score choices. */
    private static final List<String> ITEMS = List.of(
            "adl_eating", "adl_dressing", "adl_hygiene", "adl_bowel", "adl_bladder", "adl_toilet", "adl_walking",
            "adl_transfer", "adl_stairs", "adl_bathing",
            "cognition_time", "cognition_person", "cognition_place", "cognition_memory",
            "perception_vision", "perception_hearing", "perception_communication");


    @Test
    void gradeOfTheBestAndTheWorstScores() throws Exception {
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login("nurse", "nurse");
            browser.clickAndWaitForNewPage("navTrial");

            // Scores are listed best first: the first choice of every item is its best score.
            chooseForEveryItem(browser, true);
            computeGrade(browser);
            assertEquals("0 级 · 基本正常", browser.byId("gradeForm:grade").getText());
            assertEquals("100", browser.byId("gradeForm:adlScore").getText());
            assertEquals("16", browser.byId("gradeForm:cognitionScore").getText());
            assertEquals("12", browser.byId("gradeForm:perceptionScore").getText());
            assertEquals("完好", browser.byId("gradeForm:adlLevel").getText());
            assertEquals("日常生活活动能力", browser.byId("gradeForm:adlName").getText());
            assertEquals("感知觉与沟通能力", browser.byId("gradeForm:perceptionName").getText());
            assertEquals("SD-2025", browser.byId("gradeForm:ruleSetUsed").getText());
            browser.screenshot("trial-grade-best");

            chooseForEveryItem(browser, false);
            computeGrade(browser);
            assertEquals("5 级 · 重度失能Ⅲ级", browser.byId("gradeForm:grade").getText());
            assertEquals("0", browser.byId("gradeForm:adlScore").getText());
            assertEquals("0", browser.byId("gradeForm:cognitionScore").getText());
            assertEquals("0", browser.byId("gradeForm:perceptionScore").getText());
            assertEquals("重度", browser.byId("gradeForm:perceptionLevel").getText());
            assertTrue(browser.byId("explanation").getText().endsWith(
                    "等级矩阵：日常生活活动能力「重度」× 认知与感知觉「重度」→ 5 级（重度失能Ⅲ级）"),
                    browser.byId("explanation").getText());
            browser.scrollTo("explanation");
            browser.screenshot("trial-grade-worst");
        }
    }

    @Test
    void missingScoresAreNamedNextToTheirItems() throws Exception {
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login("nurse", "nurse");
            browser.open("/trial/grade.xhtml");
            browser.byId("gradeForm:compute").click();
            browser.waitForText(By.id("gradeForm:adl_eating_message"), "请填写此项分值");
            browser.waitForText(By.id("gradeForm:perception_communication_message"), "请填写此项分值");
            assertTrue(browser.driver().findElements(By.id("gradeForm:grade")).isEmpty(), "no grade is shown");
        }
    }

    @Test
    void careFeeOfTheWorkedExample() throws Exception {
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login("nurse", "nurse");
            browser.clickAndWaitForNewPage("navTrialFee");

            browser.type("feeForm:month", "2025-03");
            new Select(browser.byId("feeForm:careType")).selectByValue("RESIDENTIAL");
            waitForAjax(browser);
            new Select(browser.byId("feeForm:grade")).selectByValue("5");
            browser.type("feeForm:dailyCharge", "80.00");
            typeDate(browser, "feeForm:conclusionDate", "2024-06-10");
            // The checkbox's own input is visually hidden by PrimeFaces; it is there to be read.
            assertTrue(browser.present("feeForm:wholeMonth_input").isSelected(),
                    "the whole month is claimed by default");
            typeDate(browser, "feeForm:inpatientDays", "2025-03-05");
            browser.clickAndWaitForNewPage("feeForm:compute");

            browser.waitForText(By.id("feeForm:fundShare"), "1,350.00");
            assertEquals("¥1,350.00", browser.byId("feeForm:fundShare").getText());
            assertEquals("31", browser.byId("feeForm:claimedDays").getText());
            assertEquals("30", browser.byId("feeForm:billableDays").getText());
            assertEquals("¥2,400.00", browser.byId("feeForm:totalFee").getText());
            assertEquals("¥1,050.00", browser.byId("feeForm:personalShare").getText());
            List<WebElement> rejected = browser.driver()
                    .findElements(By.cssSelector("[id='feeForm:rejectedDays_data'] > tr"));
            assertEquals(1, rejected.size(), browser.byId("feeForm:rejectedDays").getText());
            assertTrue(rejected.get(0).getText().contains("2025-03-05"), rejected.get(0).getText());
            assertTrue(rejected.get(0).getText().contains("住院期间"), rejected.get(0).getText());
            assertEquals("规则版本 SD-2025：院护，失能等级 5 级 → 基金支付比例 75%，床日限额 60.00 元\n"
                    + "申报 31 天，拒付 1 天，可支付 30 天\n"
                    + "拒付「住院期间」1 天：03-05\n"
                    + "计费日额：日收费 80.00 元高于限额，按限额 60.00 元计\n"
                    + "基金支付 = 30 天 × 60.00 元 × 75% = 1350.00 元\n"
                    + "个人负担 = 总费用 2400.00 元（30 天 × 80.00 元）− 基金支付 1350.00 元 = 1050.00 元",
                    browser.byId("explanation").getText(), "the page says how its amounts came to be");
            browser.scrollTo("explanation");
            browser.screenshot("trial-care-fee");
        }
    }

    /** Clicks the first (best) or the last (worst) score of every item; each click previews the grade. */
    private static void chooseForEveryItem(Browser browser, boolean best) {
        for (String item : ITEMS) {
            browser.byId("gradeForm:" + item);
            List<WebElement> scores = browser.driver().findElements(By.name("gradeForm:" + item));
            WebElement score = scores.get(best ? 0 : scores.size() - 1);
            // A user clicks the option's text; the styled radio itself may lie under its table cell.
            browser.driver().findElement(By.cssSelector("label[for='" + score.getAttribute("id") + "']")).click();
            waitForAjax(browser);
        }
    }

    private static void computeGrade(Browser browser) {
        browser.byId("gradeForm:compute").click();
        waitForAjax(browser);
        browser.byId("gradeForm:grade");
    }

    /** A date picker's text field is "id_input"; its calendar opens only from its button, so typing is enough. */
    private static void typeDate(Browser browser, String id, String date) {
        browser.type(id + "_input", date);
    }

    /** Until PrimeFaces has no request queued or running: the previews of earlier clicks have been applied. */
    private static void waitForAjax(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> Boolean.TRUE.equals(
                ((JavascriptExecutor) driver).executeScript(
                        "return PrimeFaces.ajax.Queue.isEmpty() && jQuery.active === 0;")));
    }
}
