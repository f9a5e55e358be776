package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.ltcare.shared.security.ClientEvents;
import org.ltcare.shared.security.UserAccountRepository;
import org.ltcare.shared.time.ClockProducer;
import org.ltcare.web.publicform.PublicFormLimiter;
import org.ltcare.web.security.LoginThrottle;

/**
 * Limits per client (issue 19, F7 and F13): a public form takes {@link PublicFormLimiter#MAX_SUBMISSIONS} submissions
 * from one address in ten minutes, and a wrong human-check answer stores nothing; after
 * {@link LoginThrottle#MAX_FAILURES} failed logins from one address even the right password is refused there (429),
 * while other addresses log in. Each test comes from addresses of its own (X-Forwarded-For, which the server reads
 * from a proxy on its own host), so no other test's traffic counts.
 */
@RunAsClient
class ClientLimitsIT extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ACTION = Pattern.compile("<form id=\"registrationForm\"[^>]*action=\"([^\"]+)\"");

    /** The demo home-care agency system's token (README, "Demo logins"). */
    private static final String DEMO_TOKEN = "ltc_demo-homecare-api-7f3c9a2e51d84b06";

    @Inject
    UserAccountRepository accounts;

    @Inject
    ClientEvents clientEvents;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @Test
    void aPublicFormTakesTenSubmissionsFromOneAddressAndAWrongHumanCheckStoresNothing() throws Exception {
        String client = anAddress();
        int n = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        HttpResponse<String> page = send(request("/public/institution-register.xhtml", client, null).GET());
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        HttpResponse<String> foreign = submitRegistration(page.body(), client, cookie, "lim" + n, false);
        assertEquals(400, foreign.statusCode(), "a post without its page's nonce is not from our page");
        for (int attempt = 1; attempt <= PublicFormLimiter.MAX_SUBMISSIONS; attempt++) {
            page = submitRegistration(page.body(), client, cookie, "lim" + n);
            assertTrue(page.body().contains("验证码不正确"), "attempt " + attempt + ": " + page.statusCode());
        }
        HttpResponse<String> refused = submitRegistration(page.body(), client, cookie, "lim" + n);
        assertTrue(refused.body().contains("提交过于频繁"), refused.body());
        assertEquals(List.of("false"), onServer("isRegistered", "lim" + n), "nothing stored by any attempt");

        HttpResponse<String> elsewhere = send(request("/public/institution-register.xhtml", anAddress(), null).GET());
        assertEquals(200, elsewhere.statusCode());
        assertFalse(elsewhere.body().contains("提交过于频繁"), "another address is not limited");
    }

    @Test
    void failedLoginsFromOneAddressStopItsLoginsButNotOthers() throws Exception {
        String client = anAddress();
        ApiClient api = new ApiClient(baseUrl);
        String path = "/api/v1/calendar/working-days?from=2025-04-07&add=3";
        for (int attempt = 1; attempt <= LoginThrottle.MAX_FAILURES; attempt++) {
            // Unknown user names: a demo login is never made to fail (its account would be locked).
            assertEquals(401, api.send(api.request(path, "nobody-" + attempt + ":wrong")
                    .header("X-Forwarded-For", client).GET().build()).statusCode());
        }
        HttpResponse<String> blocked = api.send(api.request(path, "reviewer").header("X-Forwarded-For", client)
                .GET().build());
        assertEquals(429, blocked.statusCode(), blocked.body());
        assertTrue(blocked.headers().firstValue("Retry-After").isPresent());
        assertTrue(blocked.body().contains("\"errors\""), blocked.body());
        assertEquals(200, api.send(api.request(path, "reviewer").header("X-Forwarded-For", anAddress())
                .GET().build()).statusCode(), "the right password from another address works");
    }

    @Test
    void failuresCountedByAnotherNodeBlockPasswordsHereButNotAValidToken() throws Exception {
        String client = anAddress();
        onServer("failedOnAnotherNode", client);
        ApiClient api = new ApiClient(baseUrl);
        String path = "/api/v1/care-records/beneficiaries?date=" + java.time.LocalDate.now(ClockProducer.ZONE);
        assertEquals(429, api.send(api.request(path, "reviewer").header("X-Forwarded-For", client).GET().build())
                .statusCode(), "the failures are the database's, not this node's memory");
        assertEquals(200, api.send(api.request(path, DEMO_TOKEN).header("X-Forwarded-For", client).GET().build())
                .statusCode(), "a valid token cannot have been guessed");
        assertEquals(429, api.send(api.request(path, DEMO_TOKEN + "x").header("X-Forwarded-For", client).GET()
                .build()).statusCode(), "a wrong one is a failure of a blocked address");
    }

    @Test
    void twoSubmissionsAtTheLimitAtOnceAdmitOne() {
        assertEquals(List.of("1"), onServer("twoAtTheLimit", anAddress()));
    }

    /** In the server: a key one short of its limit, then two submissions at once (as on two nodes): how many in. */
    String twoAtTheLimit(String client) throws Exception {
        String key = "race " + client;
        for (int i = 0; i < PublicFormLimiter.MAX_SUBMISSIONS - 1; i++) {
            clientEvents.count(ClientEvents.Counter.PUBLIC_FORM, key);
        }
        java.util.concurrent.Callable<Boolean> submit = () -> clientEvents.countWithin(
                ClientEvents.Counter.PUBLIC_FORM, key, PublicFormLimiter.MAX_SUBMISSIONS, PublicFormLimiter.WINDOW);
        List<java.util.concurrent.Future<Boolean>> both = List.of(executor.submit(submit), executor.submit(submit));
        int admitted = 0;
        for (java.util.concurrent.Future<Boolean> one : both) {
            admitted += one.get() ? 1 : 0;
        }
        return String.valueOf(admitted);
    }

    /** In the server: the address's failures written as any node writes them — to the shared count. */
    String failedOnAnotherNode(String client) {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            clientEvents.count(ClientEvents.Counter.LOGIN_FAILURE, client);
        }
        return client;
    }

    /** In the server: whether a login of this name exists. */
    boolean isRegistered(String username) {
        return accounts.findByUsername(username).isPresent();
    }

    private HttpResponse<String> submitRegistration(String form, String client, String cookie, String username)
            throws Exception {
        return submitRegistration(form, client, cookie, username, true);
    }

    private HttpResponse<String> submitRegistration(String form, String client, String cookie, String username,
            boolean withNonce) throws Exception {
        Matcher action = ACTION.matcher(form);
        Matcher viewState = VIEW_STATE.matcher(form);
        assertTrue(action.find() && viewState.find(), form);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("registrationForm", "registrationForm");
        fields.put("registrationForm:name", "限流测试护理院");
        fields.put("registrationForm:username", username);
        fields.put("registrationForm:humanCheckAnswer", "0");
        fields.put("registrationForm:register", "");
        fields.put("jakarta.faces.ViewState", viewState.group(1));
        if (withNonce) {
            fields.put("primefaces.nonce", FacesPage.nonceOf(form));
        }
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(request(action.group(1).replace("&amp;", "&"), client, cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path, String client, String cookie) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl.toString().replaceAll("/$", "")
                + path)).header("X-Forwarded-For", client);
        return cookie == null ? builder : builder.header("Cookie", cookie);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An address of the documentation range (RFC 5737) that no other test uses. */
    private static String anAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
    }
}
