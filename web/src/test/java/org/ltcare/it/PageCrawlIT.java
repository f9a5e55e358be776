package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
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
 * Every page of every role, in Chinese and in English (issue 21): the pages each demo login may open by
 * access-matrix.tsv (one login per role and organisation: assessor1 for the six assessors), and the pages their links lead to (a concluded case from 我的评估, a claim from the queue).
 * No page answers 500, shows a raw or missing bundle key ({@code ??key??}, {@code ???key???}), and no English page
 * shows Chinese text that is not data (see {@link DataTexts}; the language switch's own 中文 is marked lang="zh-CN").
 * Bureau roles with a second factor crawl as logins of the test's own with the same roles and organisation.
 */
@RunAsClient
class PageCrawlIT extends IntegrationTest {

    /** Links followed per caller beyond the table's pages, and per page with the same parameters. */
    private static final int LINKS_PER_CALLER = 40;
    private static final int LINKS_PER_KIND = 2;

    @Inject
    MatrixObjects matrixObjects;

    @Inject
    DataTexts dataTexts;

    @Test
    void everyPageOfEveryRoleReadsWellInChineseAndEnglish() throws Exception {
        Map<String, String> ids = PageChecks.ids(onServer("objects"));
        Set<String> data = new HashSet<>(onServer("dataRuns"));
        AccessTable table = AccessTable.read(AccessMatrixIT.resource("access-matrix.tsv"));
        Set<String> secondFactor = PageChecks.secondFactorLogins();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            Set<String> roles = new HashSet<>();
            for (Map.Entry<String, Boolean> caller : AccessMatrixIT.callers().entrySet()) {
                if (caller.getValue() || !roles.add(PageChecks.roleOf(caller.getKey()))) {
                    continue; // machine credentials have no pages; a second login of a role sees the same pages
                }
                String login = secondFactor.contains(caller.getKey()) ? ownLoginLike(caller.getKey()) : caller.getKey();
                runs.add(pool.submit(() -> {
                    crawl(caller.getKey(), login, secondFactor.contains(caller.getKey()) ? "test" : login, table, ids,
                            data, problems);
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        TreeSet<String> sorted = new TreeSet<>(problems);
        assertTrue(sorted.isEmpty(), sorted.size() + " problems:\n" + String.join("\n", sorted));
    }

    private void crawl(String caller, String login, String password, AccessTable table, Map<String, String> ids,
                       Set<String> data, List<String> problems) throws IOException, InterruptedException {
        PageSession session = "anonymous".equals(caller) ? PageSession.anonymous(baseUrl.toString())
                : PageSession.loggedIn(baseUrl.toString(), login, password);
        if (session == null) {
            problems.add(caller + ": cannot log in");
            return;
        }
        List<String> queue = new ArrayList<>();
        for (AccessTable.Row row : table.rows()) {
            String request = row.requestWith(ids);
            if (request.startsWith("GET /") && !request.startsWith("GET /api/")
                    && PageChecks.opens(row.operation(), row.expected().get(caller))) {
                queue.add(request.substring("GET ".length()));
            }
        }
        Set<String> seen = new HashSet<>(queue);
        Map<String, Integer> kinds = new LinkedHashMap<>();
        int followed = 0;
        for (int i = 0; i < queue.size(); i++) {
            String page = queue.get(i);
            String where = caller + " " + page;
            HttpResponse<String> chinese = PageChecks.following(session, PageChecks.withLanguage(page, "zh"));
            HttpResponse<String> english = PageChecks.following(session, PageChecks.withLanguage(page, "en"));
            problems.addAll(PageChecks.problems(where + " (zh)", chinese, null));
            problems.addAll(PageChecks.problems(where + " (en)", english, data));
            if (chinese.statusCode() != 200) {
                continue;
            }
            if (i == 0 && !"anonymous".equals(caller)) {
                problems.addAll(PageChecks.menuBeyondAccess(caller, chinese.body(), baseUrl.getPath(), table));
            }
            for (String link : PageChecks.links(chinese.body(), baseUrl.getPath())) {
                String kind = PageChecks.kindOf(link);
                if (followed < LINKS_PER_CALLER && seen.add(link)
                        && kinds.merge(kind, 1, Integer::sum) <= LINKS_PER_KIND) {
                    queue.add(link);
                    followed++;
                }
            }
        }
    }

    /** In the server: see {@link MatrixObjects#create}. */
    List<String> objects() {
        return matrixObjects.create();
    }

    /** In the server: see {@link DataTexts#runs}. */
    List<String> dataRuns() {
        return dataTexts.runs();
    }
}
