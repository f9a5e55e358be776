package org.ltcare.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ltcare.api.input.BodyLimit;
import org.ltcare.benefit.feed.FeedReport;
import org.ltcare.benefit.feed.HospitalStayFeed;
import org.ltcare.shared.security.Actor;

/**
 * The medical-insurance system sends its inpatient records as the CSV of docs/hospital-stay-feed.md; the answer is
 * the import's report (counts, rows not taken by line with a message key). Idempotent: the same records again
 * change nothing. Documented in META-INF/openapi.yaml.
 */
@Path("v1/hospital-stays")
@RequestScoped
public class HospitalStayFeedResource {

    @Inject
    private HospitalStayFeed feed;

    @Inject
    private Actor actor;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"HOSPITAL_FEED", "AGENCY_REVIEWER", "BUREAU_APPROVER"})
    @BodyLimit(megabytes = 8)
    public FeedReport importCsv(byte[] body) {
        return feed.importCsv(actor, body);
    }
}
