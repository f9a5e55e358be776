package org.ltcare.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.ltcare.assessment.ApplicationService;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.shared.security.Actor;

/** Filing and reading assessment applications. Institutions see only their own. */
@Path("v1/applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    @Inject
    private ApplicationService applications;

    @Inject
    private Actor actor;

    @POST
    @RolesAllowed({"INSTITUTION_STAFF", "INSTITUTION_ADMIN", "AGENCY_REVIEWER"})
    public Response file(ApplicationRequest request) {
        AssessmentApplication filed = applications.file(actor, request.toNewApplication());
        return Response.created(URI.create("/api/v1/applications/" + filed.getId()))
                .entity(ApplicationView.of(filed, actor)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"INSTITUTION_STAFF", "INSTITUTION_ADMIN", "AGENCY_REVIEWER", "BUREAU_APPROVER", "SYSTEM_ADMIN",
        "AUDITOR", "ASSESSMENT_SUPERVISOR"})
    public ApplicationView read(@PathParam("id") long id) {
        return ApplicationView.of(applications.find(actor, id), actor);
    }
}
