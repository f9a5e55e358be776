package org.ltcare.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's page session over plain HTTP (no redirects followed): the login form posted as a browser posts it,
 * then the session cookie on every request. Far cheaper than a browser when only the answers to GETs matter.
 */
final class PageSession {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"loginForm\"[^>]*action=\"([^\"]*)\"");

    private final String base;
    private String cookie;

    private PageSession(String base, String cookie) {
        this.base = base;
        this.cookie = cookie;
    }

    static PageSession anonymous(String baseUrl) {
        return new PageSession(baseUrl.replaceAll("/$", ""), null);
    }

    /**
     * Posts the login form as {@code user}; the session is logged in when the form answers with a redirect (a
     * failed login shows the form again).
     */
    static PageSession loggedIn(String baseUrl, String user, String password) throws IOException, InterruptedException {
        PageSession session = anonymous(baseUrl);
        return session.postLogin(user, password) ? session : null;
    }

    private boolean postLogin(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = get("/login.xhtml");
        if (form.statusCode() != 200) {
            throw new IllegalStateException("no login form: " + form.statusCode());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("loginForm:username", user);
        fields.put("loginForm:password", password);
        fields.put("loginForm:submit", "");
        HttpResponse<String> answer = postLoginForm(form.body(), fields);
        if (answer.statusCode() == 200 && answer.body().contains("id=\"loginForm:code\"")) {
            // The second step: the code of the account's second factor.
            Map<String, String> code = new LinkedHashMap<>();
            code.put("loginForm:code", TwoFactorCodes.next(user));
            code.put("loginForm:verify", "");
            answer = postLoginForm(answer.body(), code);
        }
        return answer.statusCode() == 302
                && answer.headers().firstValue("Location").orElse("").contains("/home.xhtml");
    }

    /** Posts the login form of {@code page} with {@code fields}, as a browser posts it. */
    private HttpResponse<String> postLoginForm(String page, Map<String, String> fields)
            throws IOException, InterruptedException {
        Matcher state = VIEW_STATE.matcher(page);
        Matcher action = FORM_ACTION.matcher(page);
        if (!state.find() || !action.find()) {
            throw new IllegalStateException("no login form in the page");
        }
        Map<String, String> all = new LinkedHashMap<>();
        all.put("loginForm", "loginForm");
        all.putAll(fields);
        all.put("jakarta.faces.ViewState", unescape(state.group(1)));
        all.put("primefaces.nonce", FacesPage.nonceOf(page));
        String body = all.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + stripContext(unescape(action.group(1)))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, null);
    }

    /** A GET with {@code user}'s API credential ({@link DemoCredentials}): what a machine credential has. */
    HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (user != null) {
            request.header("Authorization", DemoCredentials.authorization(user));
        }
        return send(request);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (cookie != null) {
            request.header("Cookie", "JSESSIONID=" + cookie);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        sessionCookie(response).ifPresent(value -> cookie = value);
        return response;
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst();
    }

    /** A Location header's page below the context, with its query ("/apply/apply.xhtml?jfwid=…"). */
    String pageOf(String location) {
        URI target = URI.create(base + "/").resolve(location);
        String path = stripContext(target.getRawPath());
        return target.getRawQuery() == null ? path : path + "?" + target.getRawQuery();
    }

    /** The form's action is absolute ("/ltcare/login.xhtml"); the base URL already holds the context path. */
    private String stripContext(String action) {
        String context = URI.create(base).getPath();
        return context.isEmpty() || !action.startsWith(context) ? action : action.substring(context.length());
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&#58;", ":").replace("&quot;", "\"");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
