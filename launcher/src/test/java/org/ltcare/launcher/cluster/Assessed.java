package org.ltcare.launcher.cluster;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Part (a), continued: the accepted applications assessed through the nodes in turn — entered on the assessment page
 * by the first assessor drawn, confirmed by the second, approved by the supervisor — each then in public notice
 * (公示), its end a timer; the timers made due at once fire once each, and every case is concluded.
 */
final class Assessed {

    private static final String PROCESS = "disability-assessment";
    private static final String TIMER = "Timer_NoticeEnds";
    private final Map<String, FacesUser> sessions = new HashMap<>();
    private final Function<String, String> urlOf;

    private Assessed(Function<String, String> urlOf) {
        this.urlOf = urlOf;
    }

    static void check(Checks checks, ClusterDatabase db, List<String> nodes, Function<String, String> urlOf,
                      List<Long> applications) throws Exception {
        Assessed assessed = new Assessed(urlOf);
        long started = System.nanoTime();
        for (int i = 0; i < applications.size(); i++) {
            assessed.assess(db, nodes.get(i % nodes.size()), applications.get(i));
        }
        String ids = applications.stream().map(String::valueOf).collect(Collectors.joining(","));
        String instances = "select PROC_INST_ID_ from ACT_RU_EXECUTION where PARENT_ID_ is null and PROC_DEF_ID_ like '"
                + PROCESS + ":%' and BUSINESS_KEY_ in (" + applications.stream().map(id -> "'" + id + "'")
                .collect(Collectors.joining(",")) + ")";
        String timers = "select count(*) from ACT_RU_JOB j join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_ where "
                + "d.ACT_ID_ = '" + TIMER + "' and j.PROCESS_INSTANCE_ID_ in (" + instances + ")";
        int count = applications.size();
        checks.that("assessed through every node in " + ClusterScenarios.seconds(started) + " (entered, confirmed, "
                + "approved), each in public notice with its end's timer", db.count("select count(*) from assessment "
                + "where status = 'APPROVED' and application_id in (" + ids + ")") == count
                && db.count(timers) == count);
        long due = System.nanoTime();
        db.update("update ACT_RU_JOB j join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_ set j.DUEDATE_ = now(3) - "
                + "interval 1 second where d.ACT_ID_ = '" + TIMER + "' and j.PROCESS_INSTANCE_ID_ in (select "
                + "PROC_INST_ID_ from (" + instances + ") i)");
        TimersOnce.until(db, timers, 0);
        long twice = db.count("select count(*) from (select PROC_INST_ID_ from ACT_HI_ACTINST where ACT_ID_ = '"
                + TIMER + "' and PROC_INST_ID_ in (" + instances + ") group by PROC_INST_ID_ having count(*) > 1) d");
        long concluded = db.count("select count(*) from assessment_conclusion where application_id in (" + ids + ")");
        checks.that("the notices' end timers fired once each, " + ClusterScenarios.seconds(due) + " after: "
                + twice + " twice; " + concluded + " conclusions of " + count, db.count(timers) == 0 && twice == 0
                && concluded == count);
    }

    private void assess(ClusterDatabase db, String node, long application) throws Exception {
        String a = db.text("select u.username from assessment s join assessor r on r.id = s.assessor_a_id join "
                + "user_account u on u.id = r.user_id where s.application_id = ? and s.round_no = 1", application);
        String b = db.text("select u.username from assessment s join assessor r on r.id = s.assessor_b_id join "
                + "user_account u on u.id = r.user_id where s.application_id = ? and s.round_no = 1", application);
        if (a == null || b == null) {
            return; // no two assessors drawn: the check above counts it
        }
        String page = "/assessor/assessment.xhtml?application=" + application;
        FacesUser first = session(a, node);
        String form = first.open(page);
        Map<String, String> entered = new LinkedHashMap<>(answers(form));
        entered.put("assessmentForm:onSiteTime", "09:30");
        first.submit("assessmentForm", "assessmentForm:submit", entered);
        FacesUser second = session(b, node);
        second.open(page);
        second.submit("assessmentForm", "assessmentForm:confirm", Map.of());
        FacesUser supervisor = session("supervisor", node);
        if (supervisor.open(page).contains("id=\"reviewForm\"")) {
            supervisor.submit("reviewForm", "reviewForm:approve", Map.of());
        }
    }

    /**
     * An answer to every item of the scale the form shows: each item's second option where it has one (a person
     * who needs some help), else its first — whatever grade that makes, the case is noticed.
     */
    private static Map<String, String> answers(String form) {
        Map<String, String> answers = new LinkedHashMap<>();
        Matcher option = Pattern.compile("<input\\b[^>]*type=\"radio\"[^>]*>").matcher(form);
        while (option.find()) {
            String id = FormFields.attribute(option.group(), "id");
            String name = FormFields.attribute(option.group(), "name");
            if (id != null && name != null && name.startsWith("assessmentForm:")
                    && (id.endsWith(":1") || id.endsWith(":0") && !answers.containsKey(name))) {
                answers.put(name, FormFields.attribute(option.group(), "value"));
            }
        }
        if (answers.isEmpty()) {
            throw new IllegalStateException("the assessment form shows no items");
        }
        return answers;
    }

    private FacesUser session(String username, String node) {
        return sessions.computeIfAbsent(username + "@" + node, k -> Sessions.login(urlOf.apply(node), username, null));
    }
}
