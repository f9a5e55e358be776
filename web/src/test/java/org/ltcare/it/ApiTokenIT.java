package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.institution.InstitutionRepository;
import org.ltcare.institution.apiclient.ApiCredential;
import org.ltcare.institution.apiclient.ApiCredentialService;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccountRepository;
import org.openqa.selenium.By;

/**
 * Machine credentials authenticate with bearer tokens: a fresh token opens its institution's API and its last use
 * is noted; a wrong, revoked or expired token gets 401; a machine account's password opens nothing; the token is
 * kept only as its SHA-256.
 */
@RunAsClient
class ApiTokenIT extends IntegrationTest {

    private static final String API = "/api/v1/care-records/beneficiaries";

    @Inject
    Institutions institutions;

    @Inject
    ApiCredentialService credentials;

    @Inject
    InstitutionRepository registry;

    @Inject
    AssessmentWorld worlds;

    @Inject
    UserAccountRepository users;


    @Resource(lookup = "java:jboss/datasources/MySQLDS")
    DataSource dataSource;

    /** In the server: a new nursing home's API credential: its user name, its token and the home's id. */
    List<Object> aCredential() {
        CareInstitution home = institutions.aNew(InstitutionKind.NURSING_HOME, null);
        Actor admin = institutions.adminAccount(home).toActor();
        ApiCredentialService.Created created = credentials.create(admin, "院内系统", 30);
        return List.of(created.username(), created.token(), home.getId());
    }

    /** In the server: the credential as its institution's administrator lists it: last use, whether active. */
    List<Object> listed(String homeId, String username) {
        CareInstitution home = home(homeId);
        ApiCredential credential = credentials.list(institutions.adminOf(home)).stream()
                .filter(c -> c.username().equals(username)).findFirst().orElseThrow();
        return List.of(String.valueOf(credential.lastUsedAt()), credential.active(), credential.tokenHint());
    }

    /** In the server: the administrator withdraws the credential. */
    String withdraw(String homeId, String username) {
        credentials.disable(institutions.adminOf(home(homeId)), username);
        return username;
    }

    private CareInstitution home(String id) {
        return registry.find(Long.parseLong(id)).orElseThrow();
    }

    /** In the server: how many stored token hashes equal the token's SHA-256 / the token itself, with plain SQL. */
    List<Object> stored(String token) throws Exception {
        try (Connection sql = dataSource.getConnection();
             PreparedStatement byHash = sql.prepareStatement("select count(*) from api_token where token_hash = ?");
             PreparedStatement plain = sql.prepareStatement("select count(*) from api_token where token_hash = ? "
                     + "or hint = ?")) {
            byHash.setString(1, sha256(token));
            plain.setString(1, token);
            plain.setString(2, token);
            return List.of(count(byHash), count(plain));
        }
    }

    /** In the server: the token's expiry moved into the past, as time would. */
    String expire(String token) throws Exception {
        try (Connection sql = dataSource.getConnection(); PreparedStatement update = sql.prepareStatement(
                "update api_token set expires_at = now(3) - interval 1 day where token_hash = ?")) {
            update.setString(1, sha256(token));
            return String.valueOf(update.executeUpdate());
        }
    }

    @Test
    void aTokenOpensItsApiUntilItIsWithdrawn() throws Exception {
        List<String> credential = onServer("aCredential");
        String username = credential.get(0);
        String token = credential.get(1);
        String home = credential.get(2);
        ApiClient api = new ApiClient(baseUrl);
        assertTrue(token.startsWith("ltc_") && token.length() >= 4 + 43, "256 random bits, base64url");
        assertEquals(List.of("1", "0"), onServer("stored", token), "only the hash is stored");

        assertEquals(200, api.get(API, token).statusCode());
        List<String> listed = onServer("listed", home, username);
        assertNotNull(listed.get(0));
        assertTrue(!"null".equals(listed.get(0)), "its last use is noted");
        assertEquals("true", listed.get(1));
        assertTrue(token.startsWith(listed.get(2)), "listed by its first characters");

        HttpResponse<String> wrong = api.get(API, token.substring(0, token.length() - 1) + "x");
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.headers().allValues("WWW-Authenticate").stream().anyMatch(h -> h.startsWith("Bearer")));
        assertEquals(401, api.get(API, username + ":" + username).statusCode(), "a machine account has no password");

        onServer("withdraw", home, username);
        assertEquals(401, api.get(API, token).statusCode(), "withdrawn");
        assertEquals("false", onServer("listed", home, username).get(1));
    }

    /** In the server: a security administrator of a new test region's bureau (password "test"). */
    String aSecurityAdministrator() {
        AssessmentWorld.World world = worlds.create(0);
        var bureau = users.organisation(world.approver().organisationId());
        return testLogins.save("sec-" + world.region(), "安全管理员", bureau, Set.of(Role.SECURITY_ADMIN)).getUsername();
    }

    @Test
    void theSecurityAdministratorMakesAndRevokesTheHospitalFeedsTokens() throws Exception {
        String admin = onServer("aSecurityAdministrator").get(0);
        ApiClient api = new ApiClient(baseUrl);
        String token;
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(admin, "test");
            browser.open("/security/feed-tokens.xhtml");
            browser.clickAndWaitForNewPage("issueForm:issue");
            Matcher shown = Pattern.compile("(ltc_[A-Za-z0-9_-]{43})").matcher(browser.byId("messages").getText());
            assertTrue(shown.find(), browser.pageText());
            token = shown.group(1);
            assertEquals(200, feed(api, token).statusCode(), "the token passes (a file of no stays imports nothing)");
            browser.screenshot("feed-tokens");
            browser.clickAndWaitForNewPage("listForm:tokens:0:revoke");
            browser.waitForText(By.id("messages"), "令牌已吊销");
        }
        assertEquals(401, feed(api, token).statusCode(), "revoked");
    }

    private static HttpResponse<String> feed(ApiClient api, String token) throws Exception {
        return api.send(api.request("/api/v1/hospital-stays", token).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "record_id,id_number,name,hospital,admitted_on,discharged_on\n")).build());
    }

    @Test
    void anExpiredTokenOpensNothing() throws Exception {
        List<String> credential = onServer("aCredential");
        ApiClient api = new ApiClient(baseUrl);
        assertEquals(200, api.get(API, credential.get(1)).statusCode());
        assertEquals(List.of("1"), onServer("expire", credential.get(1)));
        assertEquals(401, api.get(API, credential.get(1)).statusCode());
    }

    private static long count(PreparedStatement query) throws Exception {
        try (var rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
