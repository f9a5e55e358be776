package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
 * adds the discharge.
 */
@ExtendWith(ArquillianExtension.class)
class HospitalStayFeedIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

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

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
