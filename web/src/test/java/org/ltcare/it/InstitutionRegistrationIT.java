package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.ltcare.institution.AgreedCareType;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.CreditCode;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.institution.InstitutionProfile;
import org.ltcare.institution.InstitutionRegistrationService;
import org.ltcare.institution.InstitutionService;
import org.ltcare.institution.LicenceForm;
import org.ltcare.institution.LicenceKind;
import org.ltcare.institution.Registration;
import org.ltcare.institution.SelfRegistration;
import org.ltcare.institution.contracting.ContractingApplication;
import org.ltcare.institution.contracting.ContractingService;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.UserAccountRepository;
import org.ltcare.shared.time.ClockProducer;
import org.ltcare.web.publicform.HumanChecks;
import org.openqa.selenium.By;

/**
 * Self-registration: in the browser (no login) with refused fields first, then the new administrator logs in; in
 * the server, taken codes and logins are refused with nothing created, and the document review confirms the
 * registration.
 */
class InstitutionRegistrationIT extends IntegrationTest {

    @Inject
    InstitutionRegistrationService registration;

    @Inject
    InstitutionService institutions;

    @Inject
    ContractingService contracting;

    @Inject
    UserAccountRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    HumanChecks humanChecks;

    @Test
    @RunAsClient
    void anInstitutionRegistersItselfInTheBrowserAndItsAdministratorLogsInOnceTheAgencyHasConfirmedIt()
            throws Exception {
        int n = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String username = "reg" + n;
        String name = "康乐护理院" + n;
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.open("/login.xhtml");
            browser.clickAndWaitForNewPage("registerInstitution");
            assertEquals(List.of("name", "creditCode", "contactName", "contactPhone", "kind", "region", "username",
                    "displayName", "password", "passwordRepeat", "humanCheckAnswer"), browser.attributes("label:has(.ui-outputlabel-rfi)", "for").stream()
                    .map(f -> f.replace("registrationForm:", "").replace("_label", "")).toList(),
                    "the required fields are marked, and only they");
            browser.type("registrationForm:name", name);
            browser.type("registrationForm:creditCode", "91370200MA00000001");
            browser.type("registrationForm:contactName", "周院长");
            browser.type("registrationForm:contactPhone", "12345");
            browser.type("registrationForm:username", username);
            browser.type("registrationForm:displayName", "周院长");
            browser.type("registrationForm:password", "password2026");
            browser.type("registrationForm:passwordRepeat", "password2026");
            browser.type("registrationForm:humanCheckAnswer", "x");
            browser.clickAndWaitForNewPage("registrationForm:register");
            assertTrue(browser.pageText().contains("验证码不正确"), browser.pageText());

            answerTheHumanCheck(browser);
            browser.type("registrationForm:password", "password2026");
            browser.type("registrationForm:passwordRepeat", "password2026");
            browser.clickAndWaitForNewPage("registrationForm:register");
            String refused = browser.pageText();
            assertTrue(refused.contains("机构类型：此项为必填项"), refused);
            assertTrue(refused.contains("统一社会信用代码："), refused);
            assertTrue(refused.contains("联系电话：请输入11位手机号"), refused);
            assertTrue(refused.contains("该密码过于常见"), refused);

            browser.selectMenuValue("registrationForm:kind", "NURSING_HOME", "护理院/养老机构");
            browser.selectMenuValue("registrationForm:region", "370200", "青岛市（演示）");
            browser.type("registrationForm:creditCode", CreditCode.fromFirst17(String.format("52370200MB%07d", n))
                    .toString());
            browser.type("registrationForm:contactPhone", "13912345678");
            browser.type("registrationForm:beds", "60");
            browser.type("registrationForm:password", "kangle2026");
            browser.type("registrationForm:passwordRepeat", "kangle2026");
            answerTheHumanCheck(browser);
            browser.screenshot("registration-human-check");
            browser.clickAndWaitForNewPage("registrationForm:register");
            browser.waitForText(By.id("registered"), username);
            browser.screenshot("registration-done");

            browser.login(username, "kangle2026");
            assertTrue(browser.driver().findElements(By.cssSelector(".ltc-logout")).isEmpty(),
                    "no login before the agency has confirmed who registered");
        }
        try (Browser reviewer = new Browser(baseUrl.toString())) {
            reviewer.login(ownLoginLike("reviewer"), "test");
            reviewer.open("/institutions/list.xhtml");
            assertTrue(reviewer.pageTo("registryForm:institutions", name), "the registration is listed");
            reviewer.driver().findElement(By.xpath("//tr[contains(., '" + name + "')]"
                    + "//button[contains(@id, 'confirmRegistration')]")).click();
            reviewer.waitForText(By.tagName("body"), "已核实“" + name + "”的注册");
        }
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(username, "kangle2026");
            browser.open("/institutions/profile.xhtml");
            browser.waitForText(By.tagName("body"), name);
        }
    }

    /** Types the answer of the picture the page shows, which the test reads in the server. */
    private void answerTheHumanCheck(Browser browser) {
        String challenge = browser.driver().findElement(By.id("registrationForm:humanCheckChallenge"))
                .getAttribute("value");
        browser.type("registrationForm:humanCheckAnswer", onServer("answerOf", challenge).get(0));
    }

    /** In the server: the answer of an open human check. */
    String answerOf(String challenge) {
        return humanChecks.answerOf(challenge);
    }

    @Test
    void aTakenCreditCodeOrLoginCreatesNothingAndTheDocumentReviewConfirmsTheRegistration() {
        int n = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String code = CreditCode.fromFirst17(String.format("52370200MC%07d", n)).toString();
        CareInstitution registered = registration.register(form("和美护理院" + n, code, "hm" + n));
        assertEquals(Registration.PENDING, registered.getRegistration());
        assertFalse(accounts.findByUsername("hm" + n).orElseThrow().isActive(), "inactive until confirmed");
        assertTrue(audit.history("CareInstitution", registered.getId().toString()).stream()
                .anyMatch(entry -> entry.getAction().equals("SELF_REGISTER")));

        ValidationException again = assertThrows(ValidationException.class,
                () -> registration.register(form("另一家" + n, code, "hm" + n)));
        assertEquals(List.of("registration.creditCode.taken", "registration.username.taken"),
                again.errors().stream().map(ValidationException.FieldError::messageKey).toList());
        String otherCode = CreditCode.fromFirst17(String.format("52370200MD%07d", n)).toString();
        assertThrows(ValidationException.class, () -> registration.register(form("另一家" + n, otherCode, "hm" + n)));
        assertTrue(institutions.list(reviewer()).stream().noneMatch(i -> otherCode.equals(i.getCreditCode())));

        Actor admin = accounts.findByUsername("hm" + n).orElseThrow().toActor();
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        institutions.addLicence(admin, registered.getId(), new LicenceForm(LicenceKind.ELDERLY_CARE_FILING,
                "BA" + n, "青岛市民政局", today.minusYears(1), today.plusYears(3)));
        ContractingApplication application = contracting.submit(admin, registered.getId(),
                List.of(new AgreedCareType(CareType.RESIDENTIAL, 20, new BigDecimal("70.00"))));
        assertFalse(institutions.find(reviewer(), registered.getId()).getRegistration() == Registration.CONFIRMED);
        assertThrows(org.ltcare.shared.security.AccessDeniedException.class,
                () -> registration.confirm(admin, registered.getId()), "an institution cannot confirm itself");
        registration.confirm(reviewer(), registered.getId());
        assertTrue(accounts.findByUsername("hm" + n).orElseThrow().isActive(), "the confirmation opens the login");
        assertTrue(audit.history("CareInstitution", registered.getId().toString()).stream()
                .anyMatch(entry -> entry.getAction().equals("CONFIRM_REGISTRATION")));
        contracting.review(reviewer(), application.getId(), Set.of(), null);

        assertEquals(Registration.CONFIRMED, institutions.find(reviewer(), registered.getId()).getRegistration());
    }

    private Actor reviewer() {
        return accounts.findByUsername("reviewer").orElseThrow().toActor();
    }

    private static SelfRegistration form(String name, String code, String username) {
        return new SelfRegistration(name, InstitutionKind.NURSING_HOME, null, false, "370200",
                new InstitutionProfile(code, 50, 10, "市北区辽宁路2号", "吴主任", "13800001111", null, null, null),
                username, "吴主任", "Hemei-2026x", "Hemei-2026x");
    }
}
