package org.ltcare.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The deployed REST API over HTTP, as a demo user: "reviewer" logs in as reviewer/reviewer (the demo passwords
 * are the user names), "auditor:wrong" with that password, null without credentials.
 */
public final class ApiClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public ApiClient(URL baseUrl) {
        this.base = baseUrl.toString().replaceAll("/$", "");
    }

    public HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (user != null) {
            builder.header("Authorization", DemoCredentials.authorization(user));
        }
        return builder;
    }

    public HttpResponse<String> post(String path, String user, String json) throws IOException, InterruptedException {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return send(request(path, user).GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
