package org.ltcare.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.ltcare.assessment.CaseStatusService;
import org.ltcare.shared.security.Actor;

/**
 * 办理进度: where one case stands, for institutions' systems that show their residents' cases. The same callers
 * as reading the application; another institution's case is 404 exactly like a missing one. Documented in
 * META-INF/openapi.yaml (with an example), so the scanner leaves this class out.
 */
@Path("v1/applications/{id}/status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationStatusResource {

    @Inject
    private CaseStatusService cases;

    @Inject
    private Actor actor;

    @GET
    @RolesAllowed({"INSTITUTION_STAFF", "INSTITUTION_ADMIN", "AGENCY_REVIEWER", "BUREAU_APPROVER", "SYSTEM_ADMIN",
        "AUDITOR", "ASSESSMENT_SUPERVISOR"})
    public CaseStatusView read(@PathParam("id") long id, @Context HttpHeaders headers) {
        return CaseStatusView.of(cases.statusOf(actor, id), ApiLanguage.of(headers));
    }
}
