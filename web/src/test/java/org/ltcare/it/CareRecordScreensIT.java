package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.care.visit.HomeVisitService;
import org.ltcare.care.visit.UnverifiedReason;
import org.ltcare.care.visit.VisitLine;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.care.worker.CareWorker;
import org.ltcare.care.worker.CareWorkerService;
import org.ltcare.insured.IdNumber;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.time.ClockProducer;
import org.openqa.selenium.By;

/**
 * 上门服务, 护理员 and 接口凭证 in the browser: the home-care agency's staff record a visit at check-in (flagged
 * 未签退) and check it out after 20 minutes (flagged 时长不足, the reference minimum being 30); its administrator
 * registers a care worker (the ID number masked in the list) and creates an API credential (password shown once).
 */
@RunAsClient
class CareRecordScreensIT extends IntegrationTest {

    private static final LocalDate YESTERDAY = LocalDate.now(ClockProducer.ZONE).minusDays(1);
    private static final String NEW_WORKER_ID = IdNumber.fromFirst17("37020319900305002").value();

    @Inject
    CareWorld care;

    @Inject
    CareRecordWorld records;

    @Inject
    HomeVisitService visits;

    @Inject
    CareWorkerService workers;

    /** In the server: the agency's staff and admin logins, the client's admission, the worker, the agency. */
    List<Object> aHomeCareAgencyWithAClientAndAWorker() {
        AssessmentWorld.World world = care.world();
        CareInstitution agency = care.contracted(world, InstitutionKind.HOME_CARE_AGENCY, null, CareType.HOME, 5);
        CareAdmission client = records.inCareSince(world, agency, CareType.HOME, YESTERDAY.minusDays(10));
        CareWorker worker = records.worker(agency, "周护理", 4);
        String code = agency.getOrganisation().getCode();
        return List.of("staff-" + code, "adm-" + code, client.getId(), worker.getId(), agency.getId());
    }

    @Test
    void theStaffRecordAVisitAndCheckItOutAndTheAdminAWorkerAndACredential() throws Exception {
        List<String> h = onServer("aHomeCareAgencyWithAClientAndAWorker");
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(h.get(0), "test");
            browser.open("/care/visits.xhtml");
            browser.byId("visitForm:save");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "PrimeFaces.getWidgetById('visitForm:admission').selectValue(arguments[0]);"
                            + "PrimeFaces.getWidgetById('visitForm:careWorker').selectValue(arguments[1]);",
                    h.get(2), h.get(3));
            browser.type("visitForm:checkedInAt_input", YESTERDAY + " 09:00");
            browser.driver().findElement(By.xpath("//label[starts-with(normalize-space(.),'SH01 ')]")).click();
            browser.clickAndWaitForNewPage("visitForm:save");
            browser.waitForText(By.id("messages"), "的上门服务");
            assertEquals("未签退", browser.byId("listForm:visits:0:status").getText());

            browser.byId("listForm:visits:0:checkOut").click();
            browser.byId("checkOutForm:confirmCheckOut");
            browser.type("checkOutForm:checkedOutAt_input", YESTERDAY + " 09:20");
            browser.clickAndWaitForNewPage("checkOutForm:confirmCheckOut");
            browser.waitForText(By.id("messages"), "已签退");
            assertEquals("时长不足", browser.byId("listForm:visits:0:status").getText());
            assertTrue(browser.pageText().contains(YESTERDAY + " 09:20"), "the check-out time is shown");
            browser.screenshot("home-visits");
        }
        try (Browser admin = new Browser(baseUrl.toString())) {
            admin.login(h.get(1), "test");
            admin.open("/care/workers.xhtml");
            admin.type("workerForm:name", "吴新");
            admin.type("workerForm:idNumber", NEW_WORKER_ID.substring(0, 17) + (NEW_WORKER_ID.endsWith("0") ? "1" : "0"));
            admin.type("workerForm:qualification", "养老护理员（五级）");
            admin.clickAndWaitForNewPage("workerForm:save");
            admin.waitForText(By.id("messages"), "校验位");
            admin.type("workerForm:idNumber", NEW_WORKER_ID);
            admin.clickAndWaitForNewPage("workerForm:save");
            admin.waitForText(By.id("messages"), "已保存");
            assertTrue(admin.pageText().contains(IdNumber.maskRaw(NEW_WORKER_ID)), "masked in the list");
            assertFalse(admin.pageText().contains(NEW_WORKER_ID), "never in full on the screen");
            admin.screenshot("care-workers");

            admin.open("/care/api-credentials.xhtml");
            admin.type("createForm:purpose", "居家护理APP");
            admin.clickAndWaitForNewPage("createForm:create");
            admin.waitForText(By.id("messages"), "令牌只显示这一次");
            admin.waitForText(By.id("listForm:credentials"), "ltc_");
            admin.screenshot("api-credentials");
        }
        onServer("theVisitTheWorkerAndTheCredentialAreStored", h.get(4));
    }

    /** In the server. */
    void theVisitTheWorkerAndTheCredentialAreStored(String agencyId) {
        long agency = Long.parseLong(agencyId);
        List<VisitLine> stored = visits.list(care.approver(), agency, YESTERDAY, YESTERDAY, false, 0, 10);
        assertEquals(1, stored.size());
        assertEquals(UnverifiedReason.TOO_SHORT, stored.get(0).visit().getUnverifiedReason());
        assertEquals(20L, stored.get(0).visit().getDurationMinutes());
        assertTrue(workers.ofInstitution(care.approver(), agency).stream()
                .anyMatch(w -> w.getIdNumber().value().equals(NEW_WORKER_ID)));
    }
}
