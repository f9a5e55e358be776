package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ltcare.it.BenchReport.seconds;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.ltcare.assessment.ApplicationService;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.assessment.AssessmentRepository;

/**
 * Benchmark (profile {@code bench}, not part of the test command): assessment applications filed at the counter and
 * accepted through the process engine — filing starts each case's process, accepting completes its review task,
 * draws two assessors and opens the round — by {@value #WORKERS} reviewers at once, as a server takes them. A
 * region of its own with {@value #APPLICATIONS} registered people; a smaller one goes first, unmeasured, to warm the
 * server up. Prints applications per second and the database statements per application; checks only counts.
 */
class ApplicationFlowBench extends IntegrationTest {

    private static final int APPLICATIONS = 1_000;
    private static final int WARM_UP = 200;
    private static final int WORKERS = 4;

    @Inject
    AssessmentWorld worlds;

    @Inject
    ApplicationService applications;

    @Inject
    AssessmentRepository rounds;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "java:jboss/datasources/MySQLDS")
    DataSource dataSource;

    private final BenchReport report = new BenchReport();

    @Test
    void applicationsAreFiledAndAcceptedThroughTheEngine() throws Exception {
        report.warmUp(() -> fileAndAccept(WARM_UP));
        report.print("warm-up: %d applications filed and accepted first, not measured", WARM_UP);
        fileAndAccept(APPLICATIONS);
    }

    private void fileAndAccept(int count) throws Exception {
        long started = System.nanoTime();
        AssessmentWorld.World world = worlds.create(6);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(worlds.registeredPerson(world));
        }
        report.print("setup: %d people registered in a region of their own in %.1f s", count, seconds(started));

        StatementCounts filingStatements = new StatementCounts(dataSource);
        long filing = System.nanoTime();
        List<Long> filed = inParallel(people, idNumber -> worlds.filedFor(world, idNumber, false).getId());
        double filingSeconds = seconds(filing);
        report.print("filing (each starts its process): %d applications in %.1f s = %.0f applications/s", count,
                filingSeconds, count / filingSeconds);
        report.print("  database statements: %s", filingStatements.since(count, "application"));

        StatementCounts acceptingStatements = new StatementCounts(dataSource);
        long accepting = System.nanoTime();
        List<AssessmentApplication> accepted = inParallel(filed, id -> applications.accept(world.reviewer(), id));
        double acceptingSeconds = seconds(accepting);
        report.print("acceptance (review task completed, two assessors drawn, round opened): %d in %.1f s = %.0f "
                + "applications/s", count, acceptingSeconds, count / acceptingSeconds);
        report.print("  database statements: %s", acceptingStatements.since(count, "application"));
        report.print("filed and accepted: %.0f applications/s (%d reviewers at once)",
                count / (filingSeconds + acceptingSeconds), WORKERS);

        assertEquals(count, accepted.size());
        accepted.forEach(application -> assertEquals(1, rounds.ofApplication(application.getId()).size(),
                "one round opened for each accepted application"));
    }

    /** The work of each item, spread over {@value #WORKERS} threads of the server (results in no set order). */
    private <T, R> List<R> inParallel(List<T> items, Function<T, R> work) throws Exception {
        List<Future<List<R>>> parts = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            List<T> share = new ArrayList<>();
            for (int i = w; i < items.size(); i += WORKERS) {
                share.add(items.get(i));
            }
            Callable<List<R>> part = () -> share.stream().map(work).toList();
            parts.add(executor.submit(part));
        }
        List<R> results = new ArrayList<>();
        for (Future<List<R>> part : parts) {
            results.addAll(part.get());
        }
        return results;
    }
}
