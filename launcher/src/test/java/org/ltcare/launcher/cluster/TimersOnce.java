package org.ltcare.launcher.cluster;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ltcare.insured.IdNumber;

/**
 * Part (a) of the cluster test: applications registered, filed and accepted through every node, each starting its
 * assessment process with an overdue timer (评估超期); the timers are then made due at once — as their deadline would
 * be — and the job executors of all nodes compete for them: each fires once (Camunda claims a job in the database),
 * each process gets one escalation task. A fourth are first left locked as a node killed while holding them leaves
 * them: the others do not take them until their lock expires, then fire them once.
 */
final class TimersOnce {

    private static final String PROCESS = "disability-assessment";
    private static final String TIMER = "Timer_AssessmentOverdue";
    /** The lock owner of the jobs a killed node held (each job executor's own is a random id). */
    private static final String LOST_OWNER = "cluster-test-killed-node";

    private TimersOnce() {
    }

    /** Returns the applications, accepted and waiting for their assessment. */
    static List<Long> check(Checks checks, ClusterDatabase db, List<String> nodes, Function<String, String> urlOf,
                            Function<String, FacesUser> officerOn, int count) throws Exception {
        ApiCaller api = new ApiCaller("reviewer", "reviewer");
        List<Long> applications = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String url = urlOf.apply(nodes.get(i % nodes.size()));
            String idNumber = registered(api, url);
            applications.add(api.create(url + "/api/v1/applications", "{\"insuredIdNumber\":\"" + idNumber
                    + "\",\"applicantRole\":\"SELF\",\"applicantName\":\"集群测试\",\"contactPhone\":\"13900002222\","
                    + "\"residenceKind\":\"HOME\",\"residenceAddress\":\"市南区集群路3号\","
                    + "\"materialsCheckedOnPaper\":[\"ID_DOCUMENT\",\"DIAGNOSIS\"]}"));
        }
        String ids = applications.stream().map(String::valueOf).collect(Collectors.joining(","));
        checks.that(count + " applications filed through " + nodes + " in " + ClusterScenarios.seconds(started)
                + ", each with its process", db.count("select count(*) from ACT_RU_EXECUTION where PARENT_ID_ is null "
                + "and PROC_DEF_ID_ like '" + PROCESS + ":%' and BUSINESS_KEY_ in (" + quoted(applications) + ")")
                == count);
        started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            FacesUser officer = officerOn.apply(nodes.get(i % nodes.size()));
            officer.open("/applications/detail.xhtml?id=" + applications.get(i));
            officer.submit("decisionForm", "decisionForm:accept", Map.of());
        }
        // other processes' business keys are ids too (of claims, admissions): the assessment's own are asked for
        String instances = "select PROC_INST_ID_ from ACT_RU_EXECUTION where PARENT_ID_ is null and PROC_DEF_ID_ like '"
                + PROCESS + ":%' and BUSINESS_KEY_ in (" + quoted(applications) + ")";
        String timers = "select count(*) from ACT_RU_JOB j join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_ where "
                + "d.ACT_ID_ = '" + TIMER + "' and j.PROCESS_INSTANCE_ID_ in (" + instances + ")";
        checks.that("accepted on the case page through every node in " + ClusterScenarios.seconds(started)
                + ", each waiting with its overdue timer", db.count("select count(*) from assessment_application "
                + "where status = 'ACCEPTED' and id in (" + ids + ")") == count && db.count(timers) == count);

        // A fourth of them as a node killed while holding them leaves them: locked, its lock not yet expired.
        List<String> all = db.texts(instances);
        String held = all.subList(0, count / 4).stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
        String timerJobs = "update ACT_RU_JOB j join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_ set j.DUEDATE_ = "
                + "now(3) - interval 1 second";
        db.update(timerJobs + ", j.LOCK_OWNER_ = '" + LOST_OWNER + "', j.LOCK_EXP_TIME_ = now(3) + interval 5 minute "
                + "where d.ACT_ID_ = '" + TIMER + "' and j.PROCESS_INSTANCE_ID_ in (" + held + ")");
        long due = System.nanoTime();
        db.update(timerJobs + " where d.ACT_ID_ = '" + TIMER + "' and j.LOCK_OWNER_ is null "
                + "and j.PROCESS_INSTANCE_ID_ in (select PROC_INST_ID_ from (" + instances + ") i)");
        String heldLeft = "select count(*) from ACT_RU_JOB where LOCK_OWNER_ = '" + LOST_OWNER + "'";
        until(db, timers, count / 4);
        checks.that((count - count / 4) + " timers made due fired, " + ClusterScenarios.seconds(due) + " after; the "
                + count / 4 + " a lost node holds wait for its lock", db.count(timers) == count / 4
                && db.count(heldLeft) == count / 4);
        long expired = System.nanoTime();
        db.update("update ACT_RU_JOB set LOCK_EXP_TIME_ = now(3) - interval 1 second where LOCK_OWNER_ = '"
                + LOST_OWNER + "'"); // the lock time has passed
        until(db, timers, 0);
        checks.that("once their lock expired, the live nodes fired them, " + ClusterScenarios.seconds(expired)
                + " after", db.count(timers) == 0);
        long fired = db.count("select count(*) from ACT_HI_ACTINST where ACT_ID_ = '" + TIMER
                + "' and PROC_INST_ID_ in (" + instances + ")");
        long twice = db.count("select count(*) from (select PROC_INST_ID_ from ACT_HI_ACTINST where ACT_ID_ = '"
                + TIMER + "' and PROC_INST_ID_ in (" + instances + ") group by PROC_INST_ID_ having count(*) > 1) d");
        long escalations = db.count("select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ = 'Task_OverdueEscalation' "
                + "and PROC_INST_ID_ in (" + instances + ")");
        checks.that("each fired once: " + fired + " firings of " + count + " timers, " + twice + " twice; "
                + escalations + " escalation tasks", fired == count && twice == 0 && escalations == count);
        return applications;
    }

    /** A new person of the city, registered: a number the city's people have already is drawn again. */
    private static String registered(ApiCaller api, String url) {
        for (int tries = 1; ; tries++) {
            String idNumber = freshIdNumber();
            try {
                api.create(url + "/api/v1/insured", "{\"idNumber\":\"" + idNumber + "\",\"name\":\"集群测试\","
                        + "\"insuranceType\":\"RESIDENT\",\"regionCode\":\"" + ClusterScenarios.REGION + "\","
                        + "\"enrolledOn\":\"2020-01-01\",\"phone\":\"13900001111\",\"address\":\"市南区集群路1号\"}");
                return idNumber;
            } catch (IllegalStateException e) {
                if (tries == 5) {
                    throw e;
                }
            }
        }
    }

    /** Reads the count until it is down to {@code left} (three minutes at most: idle job executors back off). */
    static void until(ClusterDatabase db, String count, long left) throws Exception {
        Poll.until(() -> db.count(count), n -> n <= left, Duration.ofMinutes(3), Duration.ofMillis(200));
    }

    private static String quoted(List<Long> ids) {
        return ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
    }

    /** A valid ID number of the city (the domain's check digit) of someone born 1930–1964. */
    private static String freshIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(365 * 35));
        return IdNumber.fromFirst17("370203" + birth.toString().replace("-", "")
                + String.format("%03d", random.nextInt(1000))).value();
    }
}
