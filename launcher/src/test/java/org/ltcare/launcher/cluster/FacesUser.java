package org.ltcare.launcher.cluster;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A user of the JSF pages without a browser, as the cluster test needs one on a given node: its own cookies, pages
 * read as HTML, forms posted as a browser posts them without Ajax (the buttons the test presses are ajax="false").
 */
final class FacesUser {

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private static long slowestNanos;
    private static String slowestRequest = "";
    private String page = "";
    private int status;

    FacesUser(String base) {
        this.base = base;
        // HTTP/1.1 as a browser speaks to a plain-HTTP server (the client's default asks to upgrade to HTTP/2)
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Logs in; a bureau account also answers the second factor with the code of {@code totpSecret}. */
    FacesUser login(String username, String password, String totpSecret) {
        open("/login.xhtml");
        submit("loginForm", "loginForm:submit", Map.of("loginForm:username", username, "loginForm:password", password));
        // A code is taken once per account: when another session of the account took this step's, the next step's
        // is given — the server accepts one step of drift either way (as a phone a little fast would give it).
        for (int ahead = 0; ahead < 2 && page.contains("loginForm:code"); ahead++) {
            submit("loginForm", "loginForm:verify", Map.of("loginForm:code", Totp.code(totpSecret, ahead)));
        }
        if (!page.contains("id=\"currentUser\"")) {
            throw new IllegalStateException(username + " could not log in on " + base + ": " + messages());
        }
        return this;
    }

    String open(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts the form of the page last read with {@code fields}, as its button {@code button} would. */
    String submit(String formId, String button, Map<String, String> fields) {
        return submit(page, formId, button, fields);
    }

    /**
     * Posts the form of {@code html}, a page read earlier (its view state kept by the session), as a browser does:
     * every field with the value the page gave it, {@code fields} as the user changed them.
     */
    String submit(String html, String formId, String button, Map<String, String> fields) {
        String current = page;
        page = html;
        Map<String, String> form = new LinkedHashMap<>(FormFields.of(html, formId));
        form.put(formId, formId);
        form.putAll(fields);
        form.put(button, "");
        form.put("jakarta.faces.ViewState", field("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\""));
        form.put("jakarta.faces.ClientWindow", field("name=\"jakarta.faces.ClientWindow\"[^>]*value=\"([^\"]*)\""));
        form.put("primefaces.nonce", field("<script[^>]*nonce=\"([^\"]*)\""));
        String action = field("<form id=\"" + formId + "\"[^>]*action=\"([^\"]*)\"");
        page = current;
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The texts of the page's messages (errors and information), joined; else the answer's status and title. */
    String messages() {
        String texts = messageTexts();
        if (!texts.isEmpty()) {
            return texts;
        }
        Matcher title = Pattern.compile("<title>([^<]*)</title>").matcher(page);
        return "HTTP " + status + (title.find() ? " " + title.group(1).trim() : "");
    }

    private String messageTexts() {
        Matcher m = Pattern.compile("ui-messages-\\w+-summary\">([^<]*)").matcher(page);
        StringBuilder texts = new StringBuilder();
        while (m.find()) {
            texts.append(texts.length() == 0 ? "" : " / ").append(m.group(1));
        }
        return texts.toString();
    }

    String page() {
        return page;
    }

    int status() {
        return status;
    }

    /** The node the session is kept on, from the session cookie's route (".node2"); empty without one. */
    String route() {
        List<HttpCookie> session = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).toList();
        if (session.isEmpty() || !session.get(0).getValue().contains(".")) {
            return "";
        }
        String value = session.get(0).getValue();
        return value.substring(value.lastIndexOf('.') + 1);
    }

    /** The slowest answer any user has had, and to what: printed at the end, a figure of the run. */
    static synchronized String slowest() {
        return String.format("%.1f s (%s)", slowestNanos / 1e9, slowestRequest);
    }

    private static synchronized void took(long nanos, HttpRequest request) {
        if (nanos > slowestNanos) {
            slowestNanos = nanos;
            slowestRequest = request.method() + " " + request.uri();
        }
    }

    private String send(HttpRequest.Builder builder) {
        try {
            // three minutes: one run saw an answer take over a minute (issue 24's note); a hang still ends the run
            HttpRequest request = builder.timeout(Duration.ofMinutes(3)).build();
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            took(System.nanoTime() - started, request);
            status = response.statusCode();
            page = response.body();
            return page;
        } catch (IOException e) {
            throw new IllegalStateException(base + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String field(String regex) {
        Matcher m = Pattern.compile(regex).matcher(page);
        return m.find() ? m.group(1).replace("&amp;", "&") : "";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
