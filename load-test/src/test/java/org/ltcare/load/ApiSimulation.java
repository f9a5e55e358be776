package org.ltcare.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Issue 23's load test of the REST API: {@code ltc.apiClients} clients of an institution's system (the demo home-care
 * agency's, with its bearer token) asking without pause for the list of the people in its care — a cheap call — for
 * {@code ltc.seconds}. Only failed requests fail the run.
 */
public class ApiSimulation extends Simulation {

    private static final String BASE = System.getProperty("ltc.url", "http://localhost:8080");
    private static final Duration TIME = Duration.ofSeconds(Integer.getInteger("ltc.seconds", 60));
    private static final int CLIENTS = Integer.getInteger("ltc.apiClients", 10);
    /** The demo home-care agency system's token (README, "Demo logins"). */
    private static final String TOKEN = System.getProperty("ltc.token", "ltc_demo-homecare-api-7f3c9a2e51d84b06");

    private final ScenarioBuilder system = scenario("机构系统接口").during(TIME).on(exec(
            http("接口：服务对象名单").get("/api/v1/care-records/beneficiaries?date=" + LocalDate.now())
                    .header("Authorization", "Bearer " + TOKEN).header("Accept", "application/json")
                    .check(status().is(200))));

    {
        setUp(system.injectOpen(atOnceUsers(CLIENTS))).protocols(http.baseUrl(BASE))
                .assertions(global().failedRequests().count().is(0L));
    }
}
