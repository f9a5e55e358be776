package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.insured.InsuredPerson;
import org.ltcare.shared.time.ClockProducer;

/**
 * The hospital-stay feed through the API: a CSV body answered with the import's report; the same body again
 * changes nothing; a body that is not the feed is 400; a role that may not import is 403.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HospitalStayFeedApiIT {

    private static final Handover HANDOVER = new Handover("hospital-stay-feed-api");

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL baseUrl;

    @Inject
    AssessmentWorld worlds;

    @Test
    @Order(1)
    void anInsuredPerson() {
        AssessmentApplication application = worlds.acceptedApplication(worlds.create(2), false);
        InsuredPerson person = application.getInsured();
        HANDOVER.write(person.getIdNumber().value(), person.getName(), person.getId());
    }

    @Test
    @Order(2)
    @RunAsClient
    void postsTheFeedAndGetsTheReport() throws Exception {
        var handover = HANDOVER.read();
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
        HttpResponse<String> feed = post(api, "hisfeed", csv);
        assertEquals(200, feed.statusCode(), "the feed's own credential: " + feed.body());
        assertEquals(403, post(api, "nurse", csv).statusCode());
        assertEquals(401, post(api, null, csv).statusCode());
    }

    private static HttpResponse<String> post(ApiClient api, String user, String csv) throws Exception {
        return api.send(api.request("/api/v1/hospital-stays", user).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build());
    }
}
