package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.institution.Sanction;
import org.ltcare.institution.SanctionForm;
import org.ltcare.institution.SanctionKind;
import org.ltcare.institution.SanctionService;
import org.ltcare.shared.security.UserAccountRepository;
import org.ltcare.shared.time.ClockProducer;
import org.openqa.selenium.By;

/**
 * The rectification follow-up in the browser: once the order's deadline has passed (its timer fired inside the
 * server), the approver finds 整改复查 on the institution's page and records that it was not rectified.
 */
@RunAsClient
class RectificationFollowUpIT extends IntegrationTest {

    @Inject
    Institutions fixtures;

    @Inject
    SanctionService sanctions;

    @Inject
    UserAccountRepository accounts;

    @Inject
    ManagementService management;

    /** In the server: an institution whose rectification order's deadline has passed. */
    long aRectificationOrderWhoseDeadlineHasPassed() {
        CareInstitution home = fixtures.aNew(InstitutionKind.NURSING_HOME, null);
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        Sanction order = sanctions.issue(accounts.findByUsername("approver").orElseThrow().toActor(), home.getId(),
                new SanctionForm(SanctionKind.RECTIFICATION, "护理记录不全", "青医保整〔2027〕9号", today, today.plusDays(15)));
        management.executeJob(management.createJobQuery().processInstanceId(order.getProcessInstanceId())
                .activityId("Timer_RectificationDue").singleResult().getId());
        return home.getId();
    }

    @Test
    void theApproverRecordsTheCheck() throws Exception {
        String institutionId = onServer("aRectificationOrderWhoseDeadlineHasPassed").get(0);
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(ownLoginLike("approver"), "test");
            browser.open("/institutions/profile.xhtml?id=" + institutionId);
            browser.waitForText(By.id("sanctionsForm:sanctions"), "整改期限已过，请复查");
            browser.byId("sanctionsForm:sanctions:0:notRectified").click();
            assertEquals("· 未整改", browser.byId("sanctionsForm:sanctions:0:followUp").getText().trim());
            assertTrue(browser.driver().findElements(By.id("sanctionsForm:sanctions:0:notRectified")).isEmpty(),
                    "the check is recorded once");
            assertEquals("限期整改", browser.byId("sanctionsForm:sanctions:0:sanctionKind").getText());
        }
    }
}
