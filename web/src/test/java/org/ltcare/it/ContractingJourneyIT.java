package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.institution.contracting.ContractingApplication;
import org.ltcare.institution.contracting.ContractingService;
import org.ltcare.shared.security.UserAccountRepository;
import org.openqa.selenium.By;

/**
 * Contracting in a real browser: an institution's administrator applies, the agency's reviewer passes the documents
 * and scores the evaluation, and after the notice the approver signs; the institution then sees its agreement.
 * The notice timer would fire days later, so a step inside the server fires it, as the engine would. The server
 * side makes the institution and tells the browser side its login (server calls, {@link IntegrationTest#onServer}).
 */
@RunAsClient
class ContractingJourneyIT extends IntegrationTest {

    @Inject
    Institutions fixtures;

    @Inject
    ContractingService contracting;

    @Inject
    UserAccountRepository accounts;

    @Inject
    ManagementService management;

    @Test
    void anInstitutionAppliesIsReviewedEvaluatedNoticedAndSigned() throws Exception {
        List<String> handover = onServer("anInstitutionReadyToApply");
        theInstitutionAppliesAndTheReviewerPassesTheDocumentsAndTheEvaluation(handover);
        onServer("theNoticePeriodEnds", handover.get(0));
        theApproverSignsAndTheInstitutionSeesItsAgreement(handover);
    }

    /** In the server: the institution, its administrator's login and its name. */
    List<Object> anInstitutionReadyToApply() {
        CareInstitution institution = fixtures.readyToApply(InstitutionKind.NURSING_HOME, null);
        return List.of(institution.getId(), fixtures.adminOf(institution).username(), institution.getName());
    }

    private void theInstitutionAppliesAndTheReviewerPassesTheDocumentsAndTheEvaluation(List<String> handover)
            throws Exception {
        String number;
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(handover.get(1), "test");
            browser.open("/institutions/contracting.xhtml");
            browser.clickAndWaitForNewPage("contractingListForm:apply");
            browser.type("contractingForm:careTypes_RESIDENTIAL_places", "0");
            browser.type("contractingForm:careTypes_RESIDENTIAL_dailyCharge", "88.00");
            browser.clickAndWaitForNewPage("contractingForm:submitApplication");
            assertTrue(browser.pageText().contains("名额须大于 0"), browser.pageText());
            browser.type("contractingForm:careTypes_RESIDENTIAL_places", "40");
            browser.clickAndWaitForNewPage("contractingForm:submitApplication");
            assertEquals("材料审核中", browser.byId("status").getText());
            number = browser.byId("number").getText();
            Path notAPdf = Files.createTempFile("财务制度", ".pdf");
            Files.writeString(notAPdf, "not a pdf");
            browser.selectByValue("documentsForm:documentItem", "FINANCE");
            browser.byId("documentsForm:file").sendKeys(notAPdf.toString());
            browser.clickAndWaitForNewPage("documentsForm:attach");
            assertTrue(browser.pageText().contains("不是 PDF/JPG/PNG 文件"), browser.pageText());
            Path scan = Files.createTempFile("执业许可证", ".pdf");
            Files.write(scan, "%PDF-1.7 licence scan".getBytes(StandardCharsets.US_ASCII));
            browser.selectByValue("documentsForm:documentItem", "LICENCE");
            browser.byId("documentsForm:file").sendKeys(scan.toString());
            browser.clickAndWaitForNewPage("documentsForm:attach");
            browser.waitForText(By.id("documentsForm:documents"), scan.getFileName().toString());
            browser.screenshot("contracting-applied");
        }
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(ownLoginLike("reviewer"), "test");
            browser.open("/institutions/contracting.xhtml");
            assertTrue(browser.pageTo("contractingListForm:applications", number), "the new application is listed");
            browser.driver().findElement(By.linkText(number)).click();
            browser.waitForText(By.id("reviewForm:present"), "执业许可证或养老机构备案等证照（1 份）");
            browser.screenshot("contracting-review");
            browser.clickAndWaitForNewPage("reviewForm:review");
            assertEquals("评估中", browser.byId("status").getText());

            browser.type("evaluationForm:score_FACILITIES", "18");
            browser.type("evaluationForm:score_STAFFING", "17");
            browser.type("evaluationForm:score_MANAGEMENT", "16");
            browser.type("evaluationForm:score_CARE_QUALITY", "30");
            browser.type("evaluationForm:score_INFORMATION_SYSTEMS", "10");
            browser.clickAndWaitForNewPage("evaluationForm:evaluate");
            assertTrue(browser.pageText().contains("请选择评估方式"), browser.pageText());
            browser.selectMenuValue("evaluationForm:manner", "ON_SITE", "现场评估");
            browser.clickAndWaitForNewPage("evaluationForm:evaluate");
            assertTrue(browser.pageText().contains("得分 30 超出范围"), browser.pageText());
            browser.selectMenuValue("evaluationForm:manner", "ON_SITE", "现场评估");
            browser.type("evaluationForm:score_CARE_QUALITY", "20");
            browser.clickAndWaitForNewPage("evaluationForm:evaluate");
            assertEquals("公示中", browser.byId("status").getText());
            assertEquals("81", browser.byId("score").getText());
            browser.present("noticeRunning");
            browser.screenshot("contracting-noticed");
        }
        try (Browser anyone = new Browser(baseUrl.toString())) {
            anyone.open("/public/contracting-notices.xhtml");
            assertTrue(anyone.pageTo("contractingNotices", handover.get(2)), "the institution is on the notice");
            anyone.screenshot("contracting-public-notice");
        }
    }

    /** In the server. */
    void theNoticePeriodEnds(String institution) {
        long institutionId = Long.parseLong(institution);
        ContractingApplication application = contracting.of(
                accounts.findByUsername("reviewer").orElseThrow().toActor(), institutionId).get(0);
        Job notice = management.createJobQuery().processInstanceId(application.getProcessInstanceId())
                .activityId("Timer_NoticeEnds").singleResult();
        assertNotNull(notice);
        management.executeJob(notice.getId());
    }

    private void theApproverSignsAndTheInstitutionSeesItsAgreement(List<String> handover) throws Exception {
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(ownLoginLike("approver"), "test");
            browser.open("/institutions/contracting.xhtml");
            browser.open("/institutions/contracting.xhtml?institution=" + handover.get(0));
            browser.byId("contractingListForm:applications:0:open").click();
            assertEquals("40", browser.byId("signForm:careTypes_RESIDENTIAL_places").getAttribute("value"));
            browser.clickAndWaitForNewPage("signForm:sign");
            assertEquals("已签订协议", browser.byId("status").getText());
            browser.present("agreementDownload:agreementPdf");
            browser.screenshot("contracting-signed");
        }
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(handover.get(1), "test");
            browser.open("/institutions/profile.xhtml");
            browser.waitForText(By.id("agreementsForm:agreements"), "院护 40 · ¥88.00");
            assertTrue(browser.pageText().contains("有效"), browser.pageText());
        }
    }
}
