package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.benefit.HospitalStayService;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.institution.apiclient.ApiCredentialService;
import org.ltcare.insured.InsuredPerson;
import org.ltcare.shared.time.ClockProducer;
import org.openqa.selenium.By;

/**
 * Sessions, requests and headers (issue 19: F1–F6): a login gets a new session id and the old one is worthless;
 * the API keeps no session — a page session's cookie opens no API operation (no cross-site request forgery), an
 * API credential gets no cookie; every response carries the security headers and the session cookie SameSite;
 * the policy admits only the page's own scripts; a window id that is not one is refused; an applicant opens no
 * one else's case.
 */
@RunAsClient
class WebSecurityIT extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    AssessmentWorld worlds;

    @Inject
    HospitalStayService hospitalStays;

    @Inject
    Institutions institutions;

    @Inject
    ApiCredentialService credentials;

    @Test
    void aLoginGetsANewSessionIdAndThePageSessionOpensNoApiOperation() throws Exception {
        String before;
        String after;
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.open("/login.xhtml");
            before = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            browser.login(ownLoginLike("reviewer"), "test");
            after = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            assertFalse(browser.driver().findElements(By.cssSelector(".ltc-logout")).isEmpty(), "logged in");
        }
        assertNotEquals(before, after, "the session id changes at login");
        assertEquals(302, send(page("/home.xhtml").header("Cookie", "JSESSIONID=" + before).GET()).statusCode(),
                "the id from before the login is not logged in");

        // A foreign site's form (text/plain, the browser's cookie) posting a hospital stay as the reviewer.
        List<String> person = onServer("aPerson");
        String stay = "record_id,id_number,name,hospital,admitted_on,discharged_on\nCSRF" + person.get(2) + ","
                + person.get(0) + "," + person.get(1) + ",市立医院," + LocalDate.now(ClockProducer.ZONE) + ",\n";
        HttpResponse<String> forged = send(page("/api/v1/hospital-stays").header("Cookie", "JSESSIONID=" + after)
                .header("Content-Type", "text/plain").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(stay)));
        assertEquals(401, forged.statusCode(), forged.body());
        assertEquals(List.of("0"), onServer("staysOf", person.get(2)), "nothing stored");
    }

    @Test
    void theApiKeepsNoSessionForAnyCredential() throws Exception {
        for (String user : List.of("reviewer", "homecare-api")) {
            HttpResponse<String> response = send(new ApiClient(baseUrl).request(
                    "/api/v1/calendar/working-days?from=2025-04-07&add=3", user).GET());
            assertTrue(response.statusCode() == 200 || response.statusCode() == 403, user + ": " + response.statusCode());
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), user + " got a cookie");
        }
    }

    @Test
    void wrongPasswordsDoNotLockAMachineCredential() throws Exception {
        List<String> credential = onServer("aMachineCredential");
        ApiClient api = new ApiClient(baseUrl);
        String path = "/api/v1/care-records/beneficiaries";
        for (int attempt = 1; attempt <= 6; attempt++) {
            assertEquals(401, api.get(path, credential.get(0) + ":wrong").statusCode());
        }
        assertEquals(200, api.get(path, credential.get(1)).statusCode(),
                "nobody can stop an institution's system by failing in its name");
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndTheSessionCookieIsSameSite() throws Exception {
        for (HttpResponse<String> response : List.of(send(page("/login.xhtml").GET()),
                send(page("/public/notices.xhtml").GET()), send(page("/api/v1/calendar/working-days").GET()))) {
            String where = response.uri().getPath();
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), where);
            assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), where);
            assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("")
                    .contains("frame-ancestors 'none'"), where);
            assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""), where);
        }
        HttpResponse<String> login = send(page("/login.xhtml").GET());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("SameSite=Lax") && cookie.contains("HttpOnly"), cookie);
    }

    @Test
    void aPageAdmitsOnlyTheScriptsItWroteItself() throws Exception {
        String policy = send(page("/login.xhtml").GET()).headers().allValues("Content-Security-Policy").stream()
                .filter(p -> p.contains("script-src")).findFirst().orElse("");
        assertTrue(policy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+';?\\s*$"), policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(ownLoginLike("reviewer"), "test");
            assertTrue(browser.cspViolations().isEmpty(), "the page's own scripts run");
            // What an injected script would be: inline, without the page's nonce.
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
                            + " document.body.appendChild(s);");
            assertEquals(null, ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("return window.injected === undefined ? null : window.injected;"));
            assertFalse(browser.cspViolations().isEmpty(), "the browser reports the refusal");
        }
    }

    @Test
    void aWindowIdThatIsNotOneIsRefusedBeforeAnyPageWritesIt() throws Exception {
        HttpResponse<String> attack = send(page("/login.xhtml?jfwid=%22%29%3Balert%281%29%3B%2F%2F").GET());
        assertEquals(400, attack.statusCode());
        assertFalse(attack.body().contains("alert(1)"), "not reflected");
        assertEquals(200, send(page("/login.xhtml?jfwid=a1b2c3d4:0").GET()).statusCode(), "a real one passes");
    }

    @Test
    void anApplicantOpensNoOneElsesCase() throws Exception {
        List<String> other = onServer("aCaseOfSomeoneElse");
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login("applicant", "applicant");
            browser.open("/applications/detail.xhtml?id=" + other.get(0));
            assertTrue(browser.pageText().contains("页面不存在"), browser.pageText());
            assertFalse(browser.pageText().contains(other.get(1)));
            browser.open("/applications/list.xhtml");
            assertFalse(browser.pageText().contains(other.get(1)), "not listed");
        }
    }

    @Test
    void aRoleOnAPageThatIsNotForItIsRefusedNotAnError() throws Exception {
        for (List<String> visit : List.of(List.of("applicant", "/care/bed-days.xhtml"),
                List.of("supervisor", "/bureau/dashboard.xhtml"), List.of("assessor1", "/care/claims.xhtml"))) {
            try (Browser browser = new Browser(baseUrl.toString())) {
                browser.login(visit.get(0), visit.get(0));
                browser.open(visit.get(1));
                String text = browser.pageText();
                assertTrue(text.contains("无权访问") || text.contains("页面不存在"), visit + ": " + text);
                assertFalse(text.contains("系统错误"), visit + ": " + text);
            }
        }
    }

    /** In the server: an institution system's credential, user and token. */
    List<String> aMachineCredential() {
        CareInstitution home = institutions.aNew(InstitutionKind.NURSING_HOME, null);
        ApiCredentialService.Created created = credentials.create(institutions.adminAccount(home).toActor(), "接口");
        return List.of(created.username(), created.token());
    }

    /** In the server: a person's ID number, name and id. */
    List<Object> aPerson() {
        InsuredPerson person = worlds.acceptedApplication(worlds.create(2), false).getInsured();
        return List.of(person.getIdNumber().value(), person.getName(), person.getId());
    }

    /** In the server: how many hospital stays a person has. */
    long staysOf(String personId) {
        return hospitalStays.of(Long.parseLong(personId)).size();
    }

    /** In the server: a case filed by an agency, its id and the person's name. */
    List<Object> aCaseOfSomeoneElse() {
        AssessmentApplication application = worlds.acceptedApplication(worlds.create(2), false);
        return List.of(application.getId(), application.getInsured().getName());
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl.toString().replaceAll("/$", "") + path));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
