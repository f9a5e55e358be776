package org.ltcare.api.claim;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ltcare.api.ApiLanguage;
import org.ltcare.settlement.claim.ClaimService;
import org.ltcare.shared.security.Actor;

/** A claim's status for the institution's system and the bureau; another institution's claim is 404. */
@Path("v1/claims/{id}/status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "claims", description = "结算申请 — monthly care-fee claims")
public class ClaimResource {

    @Inject
    private ClaimService claims;

    @Inject
    private Actor actor;

    @Context
    private HttpHeaders headers;

    @GET
    @Operation(summary = "结算申请状态 — a claim's status, cycle, payout due date and totals")
    @RolesAllowed({"INSTITUTION_API", "INSTITUTION_STAFF", "INSTITUTION_ADMIN", "AGENCY_REVIEWER", "BUREAU_APPROVER",
        "SYSTEM_ADMIN", "AUDITOR"})
    public ClaimStatusView status(@PathParam("id") long id) {
        return ClaimStatusView.of(claims.find(actor, id), ApiLanguage.of(headers));
    }
}
