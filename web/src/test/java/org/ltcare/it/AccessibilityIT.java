package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * Accessibility (issue 21): every page of access-matrix.tsv, opened in Chromium by the first demo login that may
 * open it, has no serious or critical violation of axe-core's WCAG 2 A/AA rules. Logins with a second factor are
 * the test's own with the same roles and organisation.
 */
@RunAsClient
class AccessibilityIT extends IntegrationTest {

    private static final int PAGES_PER_BROWSER = 16;

    @Inject
    MatrixObjects matrixObjects;

    @Test
    void everyPageHasNoSeriousAccessibilityViolation() throws Exception {
        Map<String, String> ids = PageChecks.ids(onServer("objects"));
        AccessTable table = AccessTable.read(AccessMatrixIT.resource("access-matrix.tsv"));
        Map<String, List<String>> pagesByCaller = new LinkedHashMap<>();
        Set<String> assigned = new TreeSet<>();
        for (AccessTable.Row row : table.rows()) {
            String request = row.requestWith(ids);
            // One page per operation: the one showing an object where the table has one (more of the page shows).
            if (!request.startsWith("GET /") || request.startsWith("GET /api/") || assigned.contains(row.operation())
                    || !row.hasObject() && table.rows().stream().anyMatch(r -> r.operation().equals(row.operation())
                    && r.hasObject() && r.expected().values().stream().anyMatch(a -> PageChecks.opens(r.operation(), a)))) {
                continue;
            }
            assigned.add(row.operation());
            AccessMatrixIT.callers().entrySet().stream()
                    .filter(c -> !c.getValue() && PageChecks.opens(row.operation(), row.expected().get(c.getKey())))
                    .findFirst().ifPresent(c -> pagesByCaller.computeIfAbsent(c.getKey(), k -> new ArrayList<>())
                            .add(request.substring("GET ".length())));
        }
        Set<String> secondFactor = PageChecks.secondFactorLogins();
        // Two browsers (axe runs in the browser; the server is mostly idle meanwhile), each keeping its cache from
        // login to login: the logins' parts of the pages, longest first, go to the browser with fewer pages so far.
        List<List<String[]>> shares = List.of(new ArrayList<>(), new ArrayList<>());
        int[] load = new int[2];
        List<Map.Entry<String, List<String>>> callers = new ArrayList<>(pagesByCaller.entrySet());
        callers.sort((a, b) -> b.getValue().size() - a.getValue().size());
        for (Map.Entry<String, List<String>> caller : callers) {
            List<String> pages = caller.getValue();
            for (int from = 0; from < pages.size(); from += PAGES_PER_BROWSER) {
                List<String> part = pages.subList(from, Math.min(pages.size(), from + PAGES_PER_BROWSER));
                boolean own = secondFactor.contains(caller.getKey());
                String login = "anonymous".equals(caller.getKey()) ? null
                        : own ? ownLoginLike(caller.getKey()) : caller.getKey();
                int to = load[0] <= load[1] ? 0 : 1;
                load[to] += part.size();
                List<String> job = new ArrayList<>(List.of(caller.getKey(), String.valueOf(login),
                        own ? "test" : String.valueOf(login)));
                job.addAll(part);
                shares.get(to).add(job.toArray(String[]::new));
            }
        }
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (List<String[]> share : shares) {
                runs.add(pool.submit(() -> {
                    problems.addAll(check(share));
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(problems.isEmpty(), problems.size() + " serious or critical violations:\n"
                + String.join("\n", problems));
    }

    /**
     * In one browser, for each job (caller, login or "null" for anonymous, password, pages…): a new session as the
     * login, then axe on each page; the layout's header and menu are checked on the first page of each login.
     */
    private List<String> check(List<String[]> jobs) throws Exception {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(baseUrl.toString())) {
            AxeCheck.preloadInto(browser);
            for (String[] job : jobs) {
                long start = System.nanoTime();
                browser.newSession();
                if (!"null".equals(job[1])) {
                    browser.login(job[1], job[2]);
                }
                boolean withLayout = true;
                for (int i = 3; i < job.length; i++) {
                    browser.open(job[i]);
                    browser.waitUntilLoaded();
                    for (String violation : AxeCheck.seriousViolations(browser.driver(), withLayout)) {
                        problems.add(job[i] + " as " + job[0] + ": " + violation);
                    }
                    withLayout = false;
                }
                System.out.printf("axe: %d pages as %s in %.1f s%n", job.length - 3, job[0],
                        (System.nanoTime() - start) / 1e9);
            }
        }
        return problems;
    }

    /** In the server: see {@link MatrixObjects#create}. */
    List<String> objects() {
        return matrixObjects.create();
    }
}
