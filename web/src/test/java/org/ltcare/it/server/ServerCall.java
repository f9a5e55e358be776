package org.ltcare.it.server;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The client's side of {@link ServerCallServlet}: calls a method of a test class in the server and returns the
 * lines it answered. A failure in the server fails the calling test with the server's stack trace.
 */
public final class ServerCall {

    public static final String PATH = "/it-server-call";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ServerCall() {
    }

    public static List<String> call(URL baseUrl, Class<?> type, String method, Object... args) {
        List<String> form = new ArrayList<>(List.of(param("class", type.getName()), param("method", method)));
        for (Object arg : args) {
            form.add(param("arg", String.valueOf(arg)));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl.toString().replaceAll("/$", "") + PATH))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", form))).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("server call " + type.getSimpleName() + "." + method + " failed ("
                        + response.statusCode() + "):\n" + response.body());
            }
            return response.body().isEmpty() ? List.of() : List.of(response.body().split("\n", -1));
        } catch (IOException e) {
            throw new AssertionError("server call " + method + " could not be made", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("server call " + method + " interrupted", e);
        }
    }

    private static String param(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
