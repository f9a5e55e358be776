package org.ltcare.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits until a page answers 200. WildFly answers 404 while the application is still deploying,
 * and "started" in its log does not mean the application's startup (migrations, demo data) is done.
 */
final class ReadinessProbe {

    enum Outcome {
        READY,
        /** the caller said waiting is pointless (the server exited, or the deployment failed) */
        GAVE_UP,
        TIMED_OUT
    }

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /**
     * @param keepWaiting false once waiting is pointless
     */
    Outcome await(URI page, Duration timeout, Duration interval, BooleanSupplier keepWaiting)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(10)).GET().build();
        while (true) {
            if (!keepWaiting.getAsBoolean()) {
                return Outcome.GAVE_UP;
            }
            if (answersOk(request)) {
                return Outcome.READY;
            }
            if (System.nanoTime() - deadline >= 0) {
                return Outcome.TIMED_OUT;
            }
            Thread.sleep(interval.toMillis());
        }
    }

    private boolean answersOk(HttpRequest request) throws InterruptedException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }
}
