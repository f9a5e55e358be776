package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.policy.rules.CareType;
import org.openqa.selenium.By;

/**
 * Care assignment in the browser: the agency's reviewer chooses 院护 at a nursing home for a person with a grade-3
 * conclusion, and the nursing home's staff admits the person, who then appears among those in care.
 */
@RunAsClient
class CareJourneyIT extends IntegrationTest {

    @Inject
    CareWorld care;

    /**
     * In the server: the case's id, the nursing home's staff login, the person's and the home's names, and the login
     * of the region's reviewer (a reviewer sees the cases of their own region only).
     */
    List<Object> aPersonWithAnEntitledConclusionAndAContractedNursingHome() {
        AssessmentWorld.World world = care.world();
        CareInstitution home = care.contracted(world, InstitutionKind.NURSING_HOME, null, CareType.RESIDENTIAL, 3);
        AssessmentApplication application = care.concluded(world, Scores.grade3());
        return List.of(application.getId(), care.staffOf(home).username(), application.getInsured().getName(),
                home.getName(), care.login(world.reviewer()));
    }

    @Test
    void theReviewerChoosesAndTheNursingHomeAdmits() throws Exception {
        List<String> handover = onServer("aPersonWithAnEntitledConclusionAndAContractedNursingHome");
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(handover.get(4), "test");
            browser.open("/applications/detail.xhtml?id=" + handover.get(0));
            browser.driver().findElement(By.cssSelector("[id='conclusionsForm:conclusions'] .ui-row-toggler")).click();
            By howGraded = By.cssSelector("[id='conclusionsForm:conclusions'] .ltc-explanation-steps");
            browser.waitForText(howGraded, "等级矩阵");
            assertTrue(browser.driver().findElement(howGraded).getText().contains("→ 3 级（重度失能Ⅰ级）"),
                    "the conclusion says how its grade came to be: " + browser.driver().findElement(howGraded).getText());
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "arguments[0].scrollIntoView({block: 'center'})", browser.driver().findElement(howGraded));
            browser.screenshot("conclusion-how-graded");
            browser.selectByValue("careForm:careType", "RESIDENTIAL");
            browser.clickAndWaitForNewPage("careForm:search");
            browser.waitForText(By.id("careForm:options"), handover.get(3));
            assertTrue(browser.byId("careForm:options:0:why").getText().startsWith(
                    "护理类型适用表第 7 行（护理类型为院护；机构类型为护理院/养老机构或两院一体机构）：院护由"),
                    "an offered institution names the table's rule and the conditions it tested: "
                            + browser.byId("careForm:options:0:why").getText());
            browser.scrollTo("careForm:options");
            browser.screenshot("care-options");
            try (Browser english = new Browser(baseUrl.toString())) {
                english.login(handover.get(4), "test");
                english.open("/applications/detail.xhtml?id=" + handover.get(0) + "&lang=en");
                english.selectByValue("careForm:careType", "RESIDENTIAL");
                english.clickAndWaitForNewPage("careForm:search");
                english.waitForText(By.id("careForm:options"), handover.get(3));
                assertTrue(english.byId("careForm:options:0:why").getText().startsWith("Eligibility table, row 7 "
                        + "(care type is Residential care; institution kind is nursing home or township hospital "
                        + "with nursing home)"), "and says them in English on an English page: "
                        + english.byId("careForm:options:0:why").getText());
                assertTrue(english.byId("careForm:options").getText().contains(" nursing home 测试路"),
                        "the institution's kind too: " + english.byId("careForm:options").getText());
                english.scrollTo("careForm:options");
                english.screenshot("care-options-en");
            }
            browser.clickAndWaitForNewPage("careForm:options:0:choose");
            assertEquals("待机构确认", browser.byId("careHistoryForm:admissions:0:admissionStatus").getText());
        }
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(handover.get(1), "test");
            browser.open("/care/admissions.xhtml");
            browser.waitForText(By.id("requestsForm:requests"), handover.get(2));
            browser.screenshot("care-requests");
            browser.clickAndWaitForNewPage("requestsForm:requests:0:admit");
            browser.waitForText(By.id("inCare"), handover.get(2));
            browser.screenshot("care-admitted");
        }
    }
}
