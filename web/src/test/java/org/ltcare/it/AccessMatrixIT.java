package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.ltcare.shared.security.Role;

/**
 * Who may use what (issue 19): every page of the webapp and every REST operation, generated from the application
 * itself, for anonymous and every demo login, on an object of the caller's own and of someone else's, against the
 * table access-matrix.tsv. A page or operation the table does not decide fails, and so does a row for one that
 * no longer exists; no answer is a 500, and an answer that refuses an object never shows its name.
 */
@RunAsClient
class AccessMatrixIT extends IntegrationTest {

    private static final String ANONYMOUS = "anonymous";

    @Inject
    MatrixObjects matrixObjects;

    @Test
    void everyCallerGetsWhatTheTableSaysOnEveryPageAndOperation() throws Exception {
        AccessTable table = AccessTable.read(resource("access-matrix.tsv"));
        Map<String, Boolean> callers = callers();
        List<String> problems = new ArrayList<>(coverage(table, callers.keySet()));

        Map<String, String> ids = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (String line : onServer("objects")) {
            String[] fields = line.split("\t");
            ids.put(fields[0], fields[1]);
            names.put(fields[0], fields[2]);
        }

        Map<AccessTable.Row, Map<String, String>> observed = new ConcurrentHashMap<>();
        List<String> found = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> runs = new ArrayList<>();
            callers.forEach((caller, machine) -> runs.add(pool.submit(() -> {
                visitAll(caller, machine, table, ids, names, observed, found);
                return null;
            })));
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        problems.addAll(new TreeSet<>(found));
        Path report = Path.of("target", "access-matrix-observed.tsv");
        Files.writeString(report, AccessTable.format(List.copyOf(callers.keySet()), table.rows(), observed));
        assertTrue(problems.isEmpty(), problems.size() + " problems (observed table: " + report.toAbsolutePath()
                + "):\n" + String.join("\n", problems));
    }

    /** Every page and operation has a row, every row's page or operation exists, every caller has a column. */
    private static List<String> coverage(AccessTable table, Set<String> callers) {
        List<String> problems = new ArrayList<>();
        if (!table.callers().equals(List.copyOf(callers))) {
            problems.add("the table's callers " + table.callers() + " are not anonymous and the demo logins "
                    + callers);
        }
        TreeSet<String> surface = ApplicationSurface.pages(Path.of(System.getProperty("webapp.dir",
                "src/main/webapp")));
        surface.addAll(ApplicationSurface.operations());
        Set<String> decided = new TreeSet<>();
        table.rows().forEach(row -> decided.add(row.operation()));
        surface.stream().filter(s -> !decided.contains(s))
                .forEach(s -> problems.add("not in the table (decide who may use it): " + s));
        decided.stream().filter(s -> !surface.contains(s))
                .forEach(s -> problems.add("in the table but not in the application: " + s));
        return problems;
    }

    private void visitAll(String caller, boolean machine, AccessTable table, Map<String, String> ids,
                          Map<String, String> names, Map<AccessTable.Row, Map<String, String>> observed,
                          List<String> found) throws IOException, InterruptedException {
        PageSession pages = PageSession.anonymous(baseUrl.toString());
        if (!ANONYMOUS.equals(caller)) {
            PageSession session = PageSession.loggedIn(baseUrl.toString(), caller, caller);
            if ((session != null) == machine) {
                found.add(caller + ": " + (machine ? "a machine credential got a page session"
                        : "cannot log in to the pages"));
                return;
            }
            if (!machine) {
                pages = session;
            }
        }
        ApiClient api = new ApiClient(baseUrl);
        String credential = ANONYMOUS.equals(caller) ? null : caller;
        for (AccessTable.Row row : table.rows()) {
            String request = row.requestWith(ids);
            HttpResponse<String> response = request.startsWith("GET /api/") || request.startsWith("POST /api/")
                    ? api.send(apiRequest(api, request, credential))
                    : pages.get(request.substring("GET ".length()), machine ? credential : null);
            String name = row.hasObject() ? names.get(row.object()) : null;
            String answer = answerOf(response, name);
            observed.computeIfAbsent(row, r -> new ConcurrentHashMap<>()).put(caller, answer);
            String where = "line " + row.line() + " " + request + " as " + caller + ": ";
            if (response.statusCode() >= 500) {
                found.add(where + response.statusCode() + " (never an error)");
            } else if (!answer.equals(row.expected().get(caller))) {
                found.add(where + "expected " + row.expected().get(caller) + ", got " + answer);
            }
            if (name != null && response.statusCode() != 200 && Names.shown(response.body(), name)) {
                found.add(where + response.statusCode() + " shows " + row.object() + "'s name");
            }
        }
    }

    /** The cell as the table writes it. */
    private String answerOf(HttpResponse<String> response, String name) {
        int status = response.statusCode();
        if (status == 200 && name != null) {
            return Names.shown(response.body(), name) ? "200+" : "200-";
        }
        if (status == 302) {
            String location = URI.create(response.headers().firstValue("Location").orElse("")).getPath();
            String context = baseUrl.getPath().replaceAll("/$", "");
            String path = location.startsWith(context) ? location.substring(context.length()) : location;
            return path.equals("/login.xhtml") ? "302" : "302>" + path;
        }
        return String.valueOf(status);
    }

    private static HttpRequest apiRequest(ApiClient api, String request, String credential) {
        String[] parts = request.split(" ", 3);
        HttpRequest.Builder builder = api.request(parts[1], credential);
        if ("GET".equals(parts[0])) {
            return builder.GET().build();
        }
        String body = parts.length > 2 ? parts[2].replace("\\n", "\n") : "";
        return builder.header("Content-Type", body.startsWith("{") ? "application/json" : "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Anonymous, then every demo login with whether it is a machine credential (only machine roles). */
    static Map<String, Boolean> callers() throws IOException {
        Map<String, Boolean> callers = new LinkedHashMap<>();
        callers.put(ANONYMOUS, false);
        try (InputStream in = AccessMatrixIT.class.getClassLoader().getResourceAsStream("demo/demo-logins.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] words = line.trim().split("\\s+");
                if (words.length < 5 || !"/".equals(words[1])) {
                    continue;
                }
                String role = words[words.length - 2];
                callers.put(words[0], Role.valueOf(role).isMachineRole());
            }
        }
        return callers;
    }

    static Path resource(String name) throws Exception {
        return Path.of(AccessMatrixIT.class.getClassLoader().getResource(name).toURI());
    }

    /** In the server: see {@link MatrixObjects#create}. */
    List<String> objects() {
        return matrixObjects.create();
    }
}
