package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.ltcare.assessment.AssessorRepository;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.audit.SecurityEvent;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccountRepository;
import org.ltcare.shared.security.account.AccountService;
import org.ltcare.shared.security.account.NewAccount;
import org.ltcare.shared.security.twofactor.Totp;
import org.openqa.selenium.By;

/**
 * Accounts managed in the application: the security administrator creates a reviewer, who logs in with the
 * one-time password, can open nothing until choosing their own and enrolling a second factor, and then works, logs in
 * with codes and a recovery code (each once) until the security administrator resets the second factor; forbidden role combinations and
 * an institution administrator's reach beyond their own staff are refused; an assessor's account joins the pool.
 */
@RunAsClient
class AccountsIT extends IntegrationTest {

    private static final Pattern ONE_TIME = Pattern.compile("([A-Za-z0-9]{12})\\s*$");

    @Inject
    CareWorld care;

    @Inject
    Institutions institutions;

    @Inject
    AccountService accounts;

    @Inject
    UserAccountRepository users;

    @Inject
    AssessorRepository assessors;

    @Inject
    AuditLog audit;

    /** In the server: a test region's agency, its id and name. */
    List<Object> anAgency() {
        Actor reviewer = care.world().reviewer();
        return List.of(reviewer.organisationId(), users.organisation(reviewer.organisationId()).getName());
    }

    /** In the server: the actions the audit trail holds for the account. */
    List<String> historyOf(String username) {
        return audit.history("UserAccount", username).stream().map(e -> e.getAction()).toList();
    }

    @Test
    void aSecurityAdministratorCreatesAReviewerWhoChoosesAPasswordAndWorks() throws Exception {
        List<String> agency = onServer("anAgency");
        String username = "rv" + System.nanoTime() % 1_000_000_000L;
        String oneTime;
        String chosen = "Qian" + System.nanoTime() % 1_000_000 + "shu";
        String secret;
        String recoveryCode;
        long enrolledAt;
        try (Browser admin = new Browser(baseUrl.toString())) {
            admin.login(ownLoginLike("secadmin"), "test");
            assertTrue(admin.driver().getCurrentUrl().contains("/security/accounts.xhtml"), "lands on the accounts");
            admin.type("createForm:username", username);
            admin.type("createForm:displayName", "测试审核员");
            admin.selectMenuValue("createForm:organisation", agency.get(0), agency.get(1));
            admin.driver().findElement(By.xpath("//div[@id='createForm:roles']//label[text()='经办审核']")).click();
            admin.clickAndWaitForNewPage("createForm:create");
            String message = admin.byId("messages").getText();
            Matcher password = ONE_TIME.matcher(message);
            assertTrue(message.contains("一次性密码只显示这一次") && password.find(), message);
            oneTime = password.group(1);
            admin.screenshot("accounts-created");
        }
        try (Browser reviewer = new Browser(baseUrl.toString())) {
            reviewer.login(username, oneTime);
            assertTrue(reviewer.driver().getCurrentUrl().contains("/account/password.xhtml"), "must change first");
            reviewer.open("/applications/list.xhtml");
            assertTrue(reviewer.driver().getCurrentUrl().contains("/account/password.xhtml"), "nothing else opens");
            reviewer.byId("mustChange");
            assertEquals(List.of("/account/password.xhtml", "/account/two-factor.xhtml"),
                    reviewer.attributes("#menu a[href]", "pathname"), "the menu offers only what the gate lets open");
            reviewer.screenshot("password-must-change");
            reviewer.type("passwordForm:current", oneTime);
            reviewer.type("passwordForm:chosen", "password123");
            reviewer.type("passwordForm:repeated", "password123");
            reviewer.clickAndWaitForNewPage("passwordForm:save");
            assertTrue(reviewer.pageText().contains("常见密码") || reviewer.pageText().contains("至少"),
                    "a common password is refused: " + reviewer.pageText());
            reviewer.type("passwordForm:current", oneTime);
            reviewer.type("passwordForm:chosen", chosen);
            reviewer.type("passwordForm:repeated", chosen);
            reviewer.clickAndWaitForNewPage("passwordForm:save");
            reviewer.waitForText(By.id("messages"), "密码已修改");
            assertTrue(reviewer.driver().getCurrentUrl().contains("/account/two-factor.xhtml"),
                    "a reviewer must enrol a second factor next");
            reviewer.open("/applications/list.xhtml");
            assertTrue(reviewer.driver().getCurrentUrl().contains("/account/two-factor.xhtml"), "nothing else opens");
            reviewer.byId("requiredNote");
            assertEquals(2, reviewer.attributes("#menu a[href]", "pathname").size(), "still only the account pages");
            secret = reviewer.byId("secret").getText().replace(" ", "");
            assertTrue(reviewer.byId("qrCode").getAttribute("src").startsWith("data:image/png;base64,"), "a QR code");
            reviewer.screenshot("two-factor-enrol");
            long step = Totp.stepAt(Instant.now());
            // three steps ahead: outside the one step of drift allowed even when a step turns before the server checks
            reviewer.type("enrolForm:code", Totp.codeAt(secret, step + 3));
            reviewer.clickAndWaitForNewPage("enrolForm:confirm");
            assertTrue(reviewer.pageText().contains("验证码不正确"), "a code of another time is refused");
            secret = reviewer.byId("secret").getText().replace(" ", "");
            enrolledAt = step;
            reviewer.type("enrolForm:code", Totp.codeAt(secret, step));
            reviewer.clickAndWaitForNewPage("enrolForm:confirm");
            // No lambda over Selenium types here: the class is also loaded in the server, which has no Selenium.
            List<String> recovery = new java.util.ArrayList<>();
            for (var item : reviewer.driver().findElements(By.cssSelector("#recoveryCodes li"))) {
                recovery.add(item.getText().trim());
            }
            assertEquals(10, recovery.size(), "ten recovery codes, shown once");
            recoveryCode = recovery.get(0);
            reviewer.screenshot("two-factor-recovery-codes");
            reviewer.clickAndWaitForNewPage("doneForm:done");
            reviewer.open("/applications/list.xhtml");
            assertTrue(reviewer.driver().getCurrentUrl().contains("/applications/list.xhtml"), "works now");
            reviewer.byId("applicationsForm:applications");
        }
        try (Browser again = new Browser(baseUrl.toString())) {
            again.loginUntilCode(username, chosen);
            assertFalse(again.submitCode(Totp.codeAt(secret, enrolledAt)));
            assertTrue(again.byId("loginForm:loginMessages").getText().contains("验证码不正确"),
                    "the code of the step used at enrolment is not accepted again");
            again.screenshot("login-second-step");
            assertTrue(again.submitCode(recoveryCode.toUpperCase()), "a recovery code logs in: " + again.pageText());
        }
        try (Browser third = new Browser(baseUrl.toString())) {
            third.loginUntilCode(username, chosen);
            assertFalse(third.submitCode(recoveryCode), "a recovery code works once");
            assertTrue(third.submitCode(Totp.codeAt(secret, Totp.stepAt(Instant.now()) + 1)),
                    "the next code logs in: " + third.pageText());
        }
        assertEquals(List.of("CREATE_ACCOUNT", "CHANGE_PASSWORD", "ENROL_SECOND_FACTOR"),
                onServer("historyOf", username));
        assertEquals(List.of("LOGIN_SUCCEEDED", "LOGIN_FAILED", "LOGIN_SUCCEEDED", "RECOVERY_CODE_USED",
                "LOGIN_FAILED", "LOGIN_SUCCEEDED", "TWO_FACTOR_RESET"),
                onServer("securityEventsAfterAReset", username));
    }

    /**
     * In the server: the security administrator resets the user's second factor (an institution administrator
     * may not); then the security events of the user's logins, in order, with the reset.
     */
    List<String> securityEventsAfterAReset(String username) {
        Actor security = users.findByUsername("secadmin").orElseThrow().toActor();
        CareInstitution home = institutions.aNew(InstitutionKind.NURSING_HOME, null);
        Actor homeAdmin = institutions.adminAccount(home).toActor();
        assertThrows(org.ltcare.shared.NotFoundException.class, () -> accounts.resetSecondFactor(homeAdmin, username));
        accounts.resetSecondFactor(security, username);
        assertTrue(!users.findByUsername(username).orElseThrow().isSecondFactorEnrolled(), "reset");
        return audit.history(SecurityEvent.AUDIT_TYPE, username).stream().map(e -> e.getAction())
                .filter(action -> !action.equals("ACCESS_DENIED") && !action.equals("TWO_FACTOR_ENROLLED"))
                .toList();
    }

    /** In the server: what each forbidden step answered (the exception's class and message key). */
    List<String> forbiddenSteps() {
        AssessmentWorld.World world = care.world();
        Actor security = users.findByUsername("secadmin").orElseThrow().toActor();
        String n = String.valueOf(System.nanoTime() % 1_000_000_000L);
        long bureau = world.approver().organisationId();
        ValidationException twoAdmins = assertThrows(ValidationException.class, () -> accounts.create(security,
                new NewAccount("adm" + n, "两个管理员", bureau, EnumSet.of(Role.SECURITY_ADMIN, Role.AUDIT_ADMIN))));
        ValidationException adminWithMoney = assertThrows(ValidationException.class, () -> accounts.create(security,
                new NewAccount("sys" + n, "系统与审批", bureau, EnumSet.of(Role.SYSTEM_ADMIN, Role.BUREAU_APPROVER))));
        var approver = accounts.create(security, new NewAccount("ap" + n, "审批", bureau,
                EnumSet.of(Role.BUREAU_APPROVER)));
        ValidationException changed = assertThrows(ValidationException.class, () -> accounts.changeRoles(security,
                approver.account().username(), EnumSet.of(Role.BUREAU_APPROVER, Role.AUDIT_ADMIN)));
        assertEquals("审批（更名）", accounts.rename(security, approver.account().username(), " 审批（更名） ")
                .displayName());
        assertThrows(ValidationException.class, () -> accounts.rename(security, approver.account().username(), ""));

        CareInstitution home = institutions.aNew(InstitutionKind.NURSING_HOME, null);
        Actor homeAdmin = institutions.adminAccount(home).toActor();
        assertThrows(AccessDeniedException.class, () -> accounts.create(homeAdmin,
                new NewAccount("in" + n, "越权", bureau, EnumSet.of(Role.AGENCY_REVIEWER))));
        assertThrows(ValidationException.class, () -> accounts.create(homeAdmin,
                new NewAccount("in" + n, "越权", home.getId(), EnumSet.of(Role.AGENCY_REVIEWER))));
        var nurse = accounts.create(homeAdmin, new NewAccount("nu" + n, "护理员", home.getId(),
                EnumSet.of(Role.INSTITUTION_STAFF)));
        assertTrue(accounts.list(homeAdmin).stream().allMatch(a -> a.organisationId() == home.getId()));
        assertThrows(org.ltcare.shared.NotFoundException.class, () -> accounts.resetPassword(homeAdmin,
                approver.account().username()), "another organisation's account is not theirs to see");
        assertThrows(org.ltcare.shared.NotFoundException.class, () -> accounts.rename(homeAdmin,
                approver.account().username(), "越权"));

        var assessor = accounts.create(security, new NewAccount("as" + n, "新评估员",
                world.supervisor().organisationId(), EnumSet.of(Role.ASSESSOR)));
        long accountId = users.findByUsername(assessor.account().username()).orElseThrow().getId();
        accounts.deactivate(security, approver.account().username(), "调岗");
        assertThrows(ValidationException.class,
                () -> accounts.deactivate(homeAdmin, nurse.account().username(), " "), "a reason is required");
        return List.of(twoAdmins.errors().get(0).messageKey(), adminWithMoney.errors().get(0).messageKey(),
                changed.errors().get(0).messageKey(), String.valueOf(assessors.existsForUser(accountId)),
                String.valueOf(users.findByUsername(approver.account().username()).orElseThrow().isActive()),
                nurse.account().username().startsWith("nu") ? "nurse" : "?");
    }

    @Test
    void forbiddenRolesAndAnotherOrganisationsAccountsAreRefused() {
        assertEquals(List.of("roles.conflict.TWO_ADMINISTRATORS", "roles.conflict.ADMINISTRATOR_WITH_BUSINESS_ROLE",
                "roles.conflict.ADMINISTRATOR_WITH_BUSINESS_ROLE", "true", "false", "nurse"),
                onServer("forbiddenSteps"));
    }
}
