package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.benefit.HospitalStay;
import org.ltcare.benefit.HospitalStayService;
import org.ltcare.benefit.feed.FeedReport;
import org.ltcare.benefit.feed.HospitalStayFeed;
import org.ltcare.insured.InsuredPerson;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.time.ClockProducer;

/**
 * The medical-insurance feed of hospital stays from a CSV file: matched to insured people by ID number, bad and
 * unmatched rows reported by line while the good ones count, the same file again changes nothing, a later record
 * adds the discharge. Through the API: a CSV body answered with the import's report; the same body again changes
 * nothing; a body that is not the feed is 400; a role that may not import is 403. (One class, one deployment.)
 */
class HospitalStayFeedIT extends IntegrationTest {

    @Inject
    AssessmentWorld worlds;

    @Inject
    HospitalStayFeed feed;

    @Inject
    HospitalStayService stays;

    @Test
    void importsMatchesReportsAndIsIdempotent() {
        AssessmentWorld.World world = worlds.create(2);
        AssessmentApplication application = worlds.acceptedApplication(world, false);
        InsuredPerson person = application.getInsured();
        String id = person.getIdNumber().value();
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        String ref = "ZY" + person.getId();
        String file = "record_id,id_number,name,hospital,admitted_on,discharged_on\n"
                + ref + "," + id + "," + person.getName() + ",市立医院," + today.minusDays(3) + ",\n"
                + "X" + ref + ",370202190001010000,无此人,市立医院," + today.minusDays(3) + ",\n"
                + "Y" + ref + "," + id + ",别人,市立医院," + today.minusDays(20) + "," + today.minusDays(15) + "\n"
                + "Z" + ref + "," + id + "," + person.getName() + ",市立医院," + today.plusDays(2) + ",\n";

        FeedReport first = feed.importCsv(world.reviewer(), bytes(file));
        assertEquals(1, first.created());
        assertEquals(List.of(3, 4, 5), first.problems().stream().map(FeedReport.RowProblem::line).toList());
        assertEquals("feed.nameMismatch", first.problems().get(1).messageKey());
        assertEquals(1, stays.of(person.getId()).size());

        FeedReport again = feed.importCsv(HospitalStayService.FEED, bytes(file));
        assertEquals(0, again.created());
        assertEquals(1, again.unchanged());
        assertEquals(1, stays.of(person.getId()).size(), "the same file twice changes nothing");

        FeedReport discharge = feed.importCsv(HospitalStayService.FEED, bytes(
                "record_id,id_number,name,hospital,admitted_on,discharged_on\n"
                        + ref + "," + id + ",," + "市立医院," + today.minusDays(3) + "," + today.minusDays(1) + "\n"));
        assertEquals(1, discharge.discharged());
        HospitalStay stay = stays.of(person.getId()).get(0);
        assertEquals(today.minusDays(1), stay.getDischargedOn());

        assertThrows(ValidationException.class, () -> feed.importCsv(world.reviewer(), bytes("a,b\n1,2\n")));
        assertThrows(AccessDeniedException.class, () -> feed.importCsv(world.supervisor(), bytes(file)));
    }

    /** In the server: a person's ID number, name and id. */
    List<Object> anInsuredPerson() {
        AssessmentApplication application = worlds.acceptedApplication(worlds.create(2), false);
        InsuredPerson person = application.getInsured();
        return List.of(person.getIdNumber().value(), person.getName(), person.getId());
    }

    @Test
    @RunAsClient
    void postsTheFeedAndGetsTheReport() throws Exception {
        var handover = onServer("anInsuredPerson");
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        String csv = "record_id,id_number,name,hospital,admitted_on,discharged_on\n"
                + "API" + handover.get(2) + "," + handover.get(0) + "," + handover.get(1) + ",市立医院,"
                + today.minusDays(2) + ",\n"
                + "APX" + handover.get(2) + ",370202190001010000,,市立医院," + today.minusDays(2) + ",\n";
        ApiClient api = new ApiClient(baseUrl);

        HttpResponse<String> first = post(api, "reviewer", csv);
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().contains("\"created\":1"), first.body());
        assertTrue(first.body().contains("\"line\":3"), first.body());

        HttpResponse<String> again = post(api, "reviewer", csv);
        assertTrue(again.body().contains("\"created\":0") && again.body().contains("\"unchanged\":1"), again.body());

        assertEquals(400, post(api, "reviewer", "a,b\n1,2\n").statusCode());
        HttpResponse<String> broken = post(api, "reviewer", "record_id,id_number,name,hospital,admitted_on,"
                + "discharged_on\n\"BROKEN" + handover.get(2) + "," + handover.get(0) + ",,市立医院,2026-01-01,\n");
        assertEquals(400, broken.statusCode(), broken.body());
        assertTrue(broken.body().contains("\"errors\"") && broken.body().contains("引号"), broken.body());
        HttpResponse<String> feed = post(api, "hisfeed", csv);
        assertEquals(200, feed.statusCode(), "the feed's own credential: " + feed.body());
        assertEquals(403, post(api, "nurse", csv).statusCode());
        assertEquals(401, post(api, null, csv).statusCode());
    }

    private static HttpResponse<String> post(ApiClient api, String user, String csv) throws Exception {
        return api.send(api.request("/api/v1/hospital-stays", user).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
