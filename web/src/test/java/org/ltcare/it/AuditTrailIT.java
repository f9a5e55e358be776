package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.policy.rules.CareType;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.settlement.claim.ClaimService;
import org.ltcare.shared.audit.SecurityEvent;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.time.ClockProducer;
import org.openqa.selenium.By;

/**
 * The audit administrator's page and the security events: the administrator lands on the trail, reads a claim's
 * history as a diff of before and after, exports it, and opens no page of cases or money; failed logins and
 * refused requests are entries of the trail.
 */
@RunAsClient
class AuditTrailIT extends IntegrationTest {

    private static final YearMonth MONTH = YearMonth.from(LocalDate.now(ClockProducer.ZONE)).minusMonths(1);

    @Inject
    CareWorld care;

    @Inject
    CareRecordWorld records;

    @Inject
    ClaimService claims;

    @PersistenceContext(unitName = "ltcare")
    EntityManager em;

    /** In the server: a nursing home's claim for last month, generated and submitted; its id. */
    List<Object> aSubmittedClaim() {
        AssessmentWorld.World world = care.world();
        CareInstitution home = care.contractedSince(world, InstitutionKind.NURSING_HOME, null, CareType.RESIDENTIAL,
                5, MONTH.minusMonths(1).atDay(1));
        CareAdmission resident = records.inCareSince(world, home, CareType.RESIDENTIAL, MONTH.minusMonths(1).atDay(1));
        Actor staff = care.staffOf(home);
        CareClaim claim = claims.generate(staff, home.getId(), MONTH);
        claims.submit(staff, claim.getId());
        return List.of(claim.getId(), resident.getId());
    }

    /** In the server: the security events recorded about {@code username}, oldest first. */
    List<String> securityEventsOf(String username) {
        return em.createQuery("select a.action from AuditEntry a where a.entityType = :type and a.entityId = :user "
                        + "order by a.id", String.class).setParameter("type", SecurityEvent.AUDIT_TYPE)
                .setParameter("user", username).getResultList();
    }

    @Test
    void theAuditAdministratorReadsAClaimsHistoryAsADiffAndNothingElse() throws Exception {
        String claimId = onServer("aSubmittedClaim").get(0);
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(ownLoginLike("auditadmin"), "test");
            assertTrue(browser.driver().getCurrentUrl().contains("/audit/trail.xhtml"), "lands on the trail");
            browser.open("/audit/trail.xhtml?type=CareClaim&id=" + claimId);
            assertEquals("结算申请", browser.byId("trailForm:entries:0:type").getText());
            assertEquals("提交结算申请", browser.byId("trailForm:entries:0:action").getText());
            browser.byId("trailForm:entries:0:action").click();
            browser.waitForText(By.id("trailForm:detail"), "status");
            int status = browser.rowOf("trailForm:diff", "before", "DRAFT");
            assertEquals("SUBMITTED", browser.byId("trailForm:diff:" + status + ":after").getText());
            assertTrue(browser.driver().findElement(By.id("trailForm:diff")).findElements(
                    By.cssSelector("tr.ltc-changed")).size() >= 2, "status and cycle changed");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('trailForm:detail').scrollIntoView()");
            browser.screenshot("audit-trail-claim");
            Path export = browser.download("trailForm:export");
            assertTrue(Files.size(export) > 0);

            for (String page : List.of("/applications/list.xhtml", "/care/claims.xhtml", "/bureau/dashboard.xhtml",
                    "/admin/calendar.xhtml", "/bureau/insured/list.xhtml")) {
                browser.open(page);
                assertFalse(browser.pageText().contains(claimId) && browser.pageText().contains("结算"), page);
                assertTrue(browser.pageText().contains("无权访问"), page + ": " + browser.pageText());
            }
        }
    }

    @Test
    void failedLoginsAndRefusedRequestsAreSecurityEvents() throws Exception {
        String stranger = "nobody-" + System.nanoTime();
        HttpResponse<String> refused = new ApiClient(baseUrl).get("/api/v1/claims/1", stranger + ":wrong");
        assertEquals(401, refused.statusCode());
        assertEquals(List.of(SecurityEvent.LOGIN_FAILED.name()), onServer("securityEventsOf", stranger));

        PageSession assessor = PageSession.loggedIn(baseUrl.toString(), "assessor1", "assessor1");
        List<String> before = onServer("securityEventsOf", "assessor1");
        assertEquals(403, assessor.get("/admin/calendar.xhtml").statusCode());
        List<String> after = onServer("securityEventsOf", "assessor1");
        assertEquals(SecurityEvent.ACCESS_DENIED.name(), after.get(after.size() - 1));
        assertEquals(before.size() + 1, after.size(), "one entry per refused request");
    }
}
