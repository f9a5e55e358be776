package org.ltcare.launcher.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Issue 24's cluster test (cluster-test.sh starts three nodes on one database with a small demo city, then runs
 * this): (a) applications filed, accepted and assessed through every node, their timers made due at once, each
 * firing once;
 * (b) a month's claim generation started on two nodes at once runs once, and a
 * payout batch prepared on two nodes at once is prepared once; (c) the node running each is killed with kill -9 in
 * the middle of it — another node completes it: the generation's totals equal an uninterrupted run's, every claim of
 * the batch is paid once and the batch's sums are its rows'; (d) the sessions of the node killed in the payout go
 * on on the other node. Prints what it checked and the failover times; exits 1 on any duplicate or loss.
 * Arguments: the data directory, the database port, the balancer's port, the nodes' HTTP ports.
 */
public final class ClusterScenarios {

    static final String REGION = "370200";
    private static final String TOTP_SECRET = "LTCDEMOTWOFACTORSECRETJ4N6K2P7QX";
    private static final Duration TAKE_OVER_LIMIT = Duration.ofMinutes(3);
    private static final int APPLICATIONS = 200;

    private final Path dataDir;
    private final ClusterDatabase db;
    private final String balancer;
    private final Map<String, String> nodeUrls = new HashMap<>();
    private final Map<String, FacesUser> sessions = new HashMap<>();
    private final Map<String, String> officers = new HashMap<>();
    private final List<String> alive = new ArrayList<>();
    private final Checks checks = new Checks();
    private final String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1).toString();

    private ClusterScenarios(Path dataDir, ClusterDatabase db, String balancer, List<Integer> nodePorts) {
        this.dataDir = dataDir;
        this.db = db;
        this.balancer = balancer;
        for (int i = 0; i < nodePorts.size(); i++) {
            nodeUrls.put("node" + (i + 1), "http://127.0.0.1:" + nodePorts.get(i));
            alive.add("node" + (i + 1));
        }
    }

    public static void main(String[] args) throws Exception {
        List<Integer> nodePorts = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            nodePorts.add(Integer.parseInt(args[i]));
        }
        try (ClusterDatabase db = new ClusterDatabase(Path.of(args[0]), Integer.parseInt(args[1]))) {
            ClusterScenarios test = new ClusterScenarios(Path.of(args[0]), db,
                    "http://127.0.0.1:" + args[2], nodePorts);
            test.timers();
            test.generation();
            test.payout();
            say("the slowest page answer: " + FacesUser.slowest());
            System.exit(test.checks.report());
        }
    }

    /** (a) Applications through every node, their timers made due at once: each fires once. */
    private void timers() throws Exception {
        say("applications and their timers, through " + alive);
        List<Long> applications = TimersOnce.check(checks, db, List.copyOf(alive), nodeUrls::get, this::officer,
                APPLICATIONS);
        Assessed.check(checks, db, List.copyOf(alive), nodeUrls::get, applications);
    }

    /** An uninterrupted run, then the same month started on two nodes at once, its node killed midway. */
    private void generation() throws Exception {
        say("claim generation of " + month + " in region " + REGION);
        openClaimCycle(alive.get(0));
        ClusterDatabase.Run single = untilEnded(startRun(alive.get(0)), this::claimRun);
        checks.that("an uninterrupted run on " + alive.get(0) + " completed: " + single,
                "COMPLETED".equals(single.status()) && single.done() == single.total());
        ClusterDatabase.MonthTotals uninterrupted = db.monthTotals(REGION, month);
        say("the month's claims after it: " + uninterrupted);

        long before = db.claimRuns(REGION, month).size();
        List<String> answers = atOnce(alive.get(0), alive.get(1), this::openClaimCycle, this::pressStartRun);
        List<ClusterDatabase.Run> started = db.claimRuns(REGION, month);
        checks.that("started on " + alive.get(0) + " and " + alive.get(1) + " at once: one run ("
                + (started.size() - before) + " new; answers: " + answers + ")", started.size() - before == 1);
        ClusterDatabase.Run run = started.get(started.size() - 1);
        ClusterDatabase.Run midway = untilMidway(() -> claimRun(run.id()));
        checks.that("caught midway on " + midway.node() + ": " + midway.done() + " of " + midway.total()
                + " institutions", midway.midway());
        long killedAt = kill(midway.node());
        ClusterDatabase.Run ended = untilEnded(run.id(), this::claimRun);
        checks.that("completed by " + ended.node() + " " + seconds(killedAt) + " after the kill: " + ended,
                "COMPLETED".equals(ended.status()) && ended.done() == ended.total()
                        && !midway.node().equals(ended.node()));
        ClusterDatabase.MonthTotals resumed = db.monthTotals(REGION, month);
        checks.that("the month's claims equal the uninterrupted run's: " + resumed, resumed.equals(uninterrupted));
    }

    /** A batch prepared on the two nodes left at once, its node killed midway while users work on it. */
    private void payout() throws Exception {
        String cycle = db.payableCycle(REGION, month);
        say("payout of cycle " + cycle + " (the approved claims of " + month + ")");
        if (cycle == null) {
            checks.that("the city has approved claims waiting for a batch", false);
            return;
        }
        Map<String, FacesUser> nurses = new HashMap<>();
        for (String node : alive) {
            nurses.put(node, Sessions.nurseOn(balancer, node));
            nurses.get(node).open("/care/bed-days.xhtml");
        }
        long before = db.payoutBatches(cycle).size();
        List<String> answers = atOnce(alive.get(0), alive.get(1), node -> openPayouts(node, cycle),
                node -> pressPrepare(node, cycle));
        List<ClusterDatabase.Run> batches = db.payoutBatches(cycle);
        checks.that("prepared on " + alive.get(0) + " and " + alive.get(1) + " at once: one batch ("
                + (batches.size() - before) + " new; answers: " + answers + ")", batches.size() - before == 1);
        ClusterDatabase.Run batch = batches.get(batches.size() - 1);
        ClusterDatabase.Run midway = untilMidway(() -> payoutBatch(batch.id()));
        checks.that("caught midway on " + midway.node() + ": " + midway.done() + " of " + midway.total() + " claims",
                midway.midway());
        FacesUser nurse = nurses.get(midway.node());
        String grid = nurse.page();
        nurse.open("/care/workers.xhtml"); // the last page before the kill: its session changes reach the others
        long killedAt = kill(midway.node());
        Sessions.continuesAfterTheKill(checks, nurse, grid, midway.node(), killedAt, month);
        ClusterDatabase.Run ended = untilEnded(batch.id(), this::payoutBatch);
        checks.that("completed by " + ended.node() + " " + seconds(killedAt) + " after the kill: " + ended,
                "COMPLETED".equals(ended.status()) && ended.done() == ended.total()
                        && !midway.node().equals(ended.node()));
        PaidOnce.check(checks, db, batch.id());
    }

    private long startRun(String node) throws Exception {
        String answer = pressStartRun(node);
        List<ClusterDatabase.Run> runs = db.claimRuns(REGION, month);
        if (runs.isEmpty() || !answer.contains(month)) {
            throw new IllegalStateException("the run did not start on " + node + ": " + answer);
        }
        return runs.get(runs.size() - 1).id();
    }

    private String openClaimCycle(String node) {
        return officer(node).open("/care/claim-cycle.xhtml");
    }

    private String pressStartRun(String node) {
        FacesUser officer = officer(node);
        officer.submit("cycleForm", "cycleForm:startRun", Map.of("cycleForm:runMonth", month));
        return node + ": " + officer.messages();
    }

    private String openPayouts(String node, String cycle) {
        return officer(node).open("/care/payouts.xhtml?cycle=" + cycle);
    }

    private String pressPrepare(String node, String cycle) {
        FacesUser officer = officer(node);
        if (!officer.page().contains("payoutForm:prepare")) {
            return node + ": nothing to prepare";
        }
        officer.submit("payoutForm", "payoutForm:prepare", Map.of("payoutForm:cycle", cycle));
        return node + ": " + officer.messages();
    }

    /** Each node's page is opened first; then both press the button at the same moment. */
    private List<String> atOnce(String first, String second, Action open, Action press) throws Exception {
        open.on(first);
        open.on(second);
        CyclicBarrier barrier = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (String node : List.of(first, second)) {
                answers.add(threads.submit((Callable<String>) () -> {
                    barrier.await();
                    return press.on(node);
                }));
            }
            List<String> texts = new ArrayList<>();
            for (Future<String> answer : answers) {
                texts.add(answer.get());
            }
            return texts;
        } finally {
            threads.shutdown();
        }
    }

    /**
     * The agency officer's session on the node: the demo's two officers, one not at work on another node (two at once
     * stand for two officers; a second-factor code is taken once per account).
     */
    private FacesUser officer(String node) {
        if (!officers.containsKey(node)) {
            String account = officers.containsValue("reviewer") ? "reviewer2" : "reviewer";
            sessions.put(node, Sessions.login(nodeUrls.get(node), account, TOTP_SECRET));
            officers.put(node, account);
        }
        return sessions.get(node);
    }

    private long kill(String node) throws Exception {
        long pid = Long.parseLong(Files.readString(dataDir.resolve("nodes").resolve(node).resolve("wildfly.pid"))
                .trim());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        long killedAt = System.nanoTime();
        process.destroyForcibly(); // SIGKILL
        process.onExit().get();
        alive.remove(node);
        officers.remove(node);
        sessions.remove(node);
        say(node + " killed (kill -9, pid " + pid + ")");
        return killedAt;
    }

    private ClusterDatabase.Run claimRun(long id) throws Exception {
        return db.claimRuns(REGION, month).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private ClusterDatabase.Run payoutBatch(long id) throws Exception {
        return db.payoutBatches(db.text("select cycle from payout_batch where id = ?", id)).stream()
                .filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** Read every 20 ms: a run of a small city is midway for a few seconds. */
    private static ClusterDatabase.Run untilMidway(Poll.Reading<ClusterDatabase.Run> read) throws Exception {
        return Poll.until(read, run -> run.midway() || !"RUNNING".equals(run.status()), Duration.ofMinutes(2),
                Duration.ofMillis(20));
    }

    private static ClusterDatabase.Run untilEnded(long id, RunById read) throws Exception {
        return Poll.until(() -> read.of(id), run -> !"RUNNING".equals(run.status()), TAKE_OVER_LIMIT,
                Duration.ofMillis(200));
    }

    static String seconds(long since) {
        return String.format("%.1f s", (System.nanoTime() - since) / 1e9);
    }

    static void say(String text) {
        System.out.println("[cluster-test] " + text);
    }

    private interface Action {
        String on(String node) throws Exception;
    }

    private interface RunById {
        ClusterDatabase.Run of(long id) throws Exception;
    }
}
