package org.ltcare.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Issue 23's load test of the pages against a running app (./run.sh, its demo data): {@code ltc.users} users at once,
 * each going through its role's pages without pause for {@code ltc.seconds} — institution staff (bed-days,
 * admissions, visits, claims), the agency's reviewers (review queue, applications, claim cycle) and the bureau's
 * approver (dashboard, reports, payouts). Gatling's report gives the throughput at saturation and the percentiles per
 * page. Only failed requests fail the run: the figures are printed, never asserted (README, "Performance"). The bureau's users are one per demo login (a second
 * factor's code is accepted once per login and 30 seconds); the institutions' share their logins.
 */
public class RolesSimulation extends Simulation {

    private static final String BASE = System.getProperty("ltc.url", "http://localhost:8080");
    private static final int USERS = Integer.getInteger("ltc.users", 50);
    private static final Duration TIME = Duration.ofSeconds(Integer.getInteger("ltc.seconds", 60));
    /** The demo logins' second-factor secret (README, "Demo logins"). */
    private static final String SECOND_FACTOR = System.getProperty("ltc.totp", "LTCDEMOTWOFACTORSECRETJ4N6K2P7QX");
    private static final Duration RAMP = Duration.ofSeconds(10);
    private static final String VIEW_STATE = "input[name='jakarta.faces.ViewState']";

    /** The bureau's logins with a second factor: one user each, as a code is accepted once per login and step. */
    private static final List<String> BUREAU = List.of("reviewer", "reviewer2", "approver");

    private final HttpProtocolBuilder pages = http.baseUrl(BASE).acceptHeader("text/html")
            .acceptLanguageHeader("zh-CN,zh;q=0.9").disableCaching();

    private static ChainBuilder page(String name, String path) {
        // the page itself, not the login page a lost session would be sent to
        return exec(http(name).get(path).check(status().is(200)).check(css("form#loginForm").notExists())
                .check(substring("ltc-").exists()));
    }

    /** The login form (and the second step where the account has one); the session's cookie keeps the login. */
    private static ChainBuilder login() {
        return exec(http("登录页").get("/login.xhtml").check(formOfThePage(false)))
                .exec(http("登录").post("#{action}").formParam("loginForm", "loginForm")
                        .formParam("loginForm:username", "#{user}").formParam("loginForm:password", "#{password}")
                        .formParam("loginForm:submit", "").formParamMap(PAGE_FIELDS)
                        .check(status().is(200)).check(formOfThePage(true))
                        .check(css("#loginForm\\:code").count().saveAs("asksCode")))
                .doIf(session -> session.getInt("asksCode") > 0).then(
                        exec(session -> session.set("code", Totp.now(SECOND_FACTOR)))
                                .exec(http("两步验证").post("#{action}").formParam("loginForm", "loginForm")
                                        .formParam("loginForm:code", "#{code}").formParam("loginForm:verify", "")
                                        .formParamMap(PAGE_FIELDS)
                                        .check(status().is(200)).check(css("#loginForm\\:code").notExists())));
    }

    /**
     * What a post of the login form sends back besides its fields: the view state, the window id, and the CSP nonce
     * the page was written with (PostedNonceCheck refuses a post without it, as PrimeFaces' script adds it).
     */
    private static final Map<String, Object> PAGE_FIELDS = Map.of("jakarta.faces.ViewState", "#{viewState}",
            "jakarta.faces.ClientWindow", "#{clientWindow}", "primefaces.nonce", "#{nonce}");

    private static io.gatling.javaapi.core.CheckBuilder[] formOfThePage(boolean optional) {
        var action = css("form#loginForm", "action");
        var viewState = css(VIEW_STATE, "value");
        var window = css("input[name='jakarta.faces.ClientWindow']", "value");
        var nonce = css("script[nonce]", "nonce");
        return optional
                ? new io.gatling.javaapi.core.CheckBuilder[] {action.optional().saveAs("action"),
                        viewState.optional().saveAs("viewState"), window.optional().saveAs("clientWindow"),
                        nonce.optional().saveAs("nonce")}
                : new io.gatling.javaapi.core.CheckBuilder[] {action.saveAs("action"), viewState.saveAs("viewState"),
                        window.saveAs("clientWindow"), nonce.saveAs("nonce")};
    }

    private static ScenarioBuilder role(String name, Iterator<Map<String, Object>> users, ChainBuilder round) {
        return scenario(name).feed(users).exec(login()).exitHereIfFailed().during(TIME).on(round);
    }

    /** Demo logins in turn (their password is the user name). */
    private static Iterator<Map<String, Object>> circular(List<String> users) {
        return Stream.iterate(0, i -> i + 1).map(i -> users.get(i % users.size()))
                .map(user -> Map.<String, Object>of("user", user, "password", user)).iterator();
    }

    /**
     * With {@code -Dltc.city=true}, against the generated city ({@code LTC_DEMO_CITY}, README): its institutions'
     * logins in turn, from {@code first} to {@code last} (city-370200-061 … are nursing homes, -211 … agencies).
     */
    private static Iterator<Map<String, Object>> city(int first, int last) {
        return Stream.iterate(0, i -> i + 1).map(i -> String.format("city-370200-%03d", first + i % (last - first + 1)))
                .map(user -> Map.<String, Object>of("user", user, "password", CITY_PASSWORD)).iterator();
    }

    private static final boolean CITY = Boolean.getBoolean("ltc.city");
    private static final String CITY_PASSWORD = "city-demo";

    /** A role's pages, visited in turn: names (as the report shows them) and paths, in pairs. */
    private static ChainBuilder round(String... namesAndPaths) {
        List<ChainBuilder> pages = new java.util.ArrayList<>();
        for (int i = 0; i < namesAndPaths.length; i += 2) {
            pages.add(page(namesAndPaths[i], namesAndPaths[i + 1]));
        }
        return exec(pages);
    }

    private static final ChainBuilder NURSE_ROUND = round("首页", "/home.xhtml", "床日登记", "/care/bed-days.xhtml",
            "入住管理", "/care/admissions.xhtml", "结算申请", "/care/claims.xhtml");

    private static final ChainBuilder HOME_CARE_ROUND = round("首页", "/home.xhtml", "上门服务", "/care/visits.xhtml",
            "护理人员", "/care/workers.xhtml", "结算申请", "/care/claims.xhtml");

    private static final ChainBuilder REVIEWER_ROUND = round("首页", "/home.xhtml",
            "审核队列", "/care/review-queue.xhtml", "申请列表", "/applications/list.xhtml",
            "结算周期", "/care/claim-cycle.xhtml");

    private static final ChainBuilder APPROVER_ROUND = round("运行概览", "/bureau/dashboard.xhtml",
            "统计报表", "/bureau/reports.xhtml", "支付批次", "/care/payouts.xhtml", "结算周期", "/care/claim-cycle.xhtml");

    {
        // Every user logs in once (the institutions' users within the first RAMP, as people arrive) and then goes
        // round its pages until its time is up.
        int institutionUsers = Math.max(2, USERS - BUREAU.size());
        List<PopulationBuilder> roles = List.of(
                role("护理院护士", CITY ? city(61, 210) : circular(List.of("nurse")), NURSE_ROUND)
                        .injectOpen(rampUsers(institutionUsers / 2).during(RAMP)),
                role("居家护理机构", CITY ? city(211, 300) : circular(List.of("homecare")), HOME_CARE_ROUND)
                        .injectOpen(rampUsers(institutionUsers - institutionUsers / 2).during(RAMP)),
                role("经办审核", circular(BUREAU.subList(0, 2)), REVIEWER_ROUND).injectOpen(atOnceUsers(2)),
                role("医保局审批", circular(BUREAU.subList(2, 3)), APPROVER_ROUND).injectOpen(atOnceUsers(1)));
        setUp(roles).protocols(pages).assertions(global().failedRequests().count().is(0L));
    }
}
