package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
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
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccountRepository;
import org.ltcare.shared.security.account.AccountService;
import org.ltcare.shared.security.account.NewAccount;
import org.openqa.selenium.By;

/**
 * Accounts managed in the application: the security administrator creates a reviewer, who logs in with the
 * one-time password, can open nothing until choosing their own, and then works; forbidden role combinations and
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
        try (Browser admin = new Browser(baseUrl.toString())) {
            admin.login("secadmin", "secadmin");
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
            reviewer.screenshot("password-must-change");
            reviewer.type("passwordForm:current", oneTime);
            reviewer.type("passwordForm:chosen", "password123");
            reviewer.type("passwordForm:repeated", "password123");
            reviewer.clickAndWaitForNewPage("passwordForm:save");
            assertTrue(reviewer.pageText().contains("常见密码") || reviewer.pageText().contains("至少"),
                    "a common password is refused: " + reviewer.pageText());
            String chosen = "Qian" + System.nanoTime() % 1_000_000 + "shu";
            reviewer.type("passwordForm:current", oneTime);
            reviewer.type("passwordForm:chosen", chosen);
            reviewer.type("passwordForm:repeated", chosen);
            reviewer.clickAndWaitForNewPage("passwordForm:save");
            reviewer.waitForText(By.id("messages"), "密码已修改");
            reviewer.open("/applications/list.xhtml");
            assertTrue(reviewer.driver().getCurrentUrl().contains("/applications/list.xhtml"), "works now");
            reviewer.byId("applicationsForm:applications");
        }
        assertEquals(List.of("CREATE_ACCOUNT", "CHANGE_PASSWORD"), onServer("historyOf", username));
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
