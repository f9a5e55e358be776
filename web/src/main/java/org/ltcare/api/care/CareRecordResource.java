package org.ltcare.api.care;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ltcare.api.ApiLanguage;
import org.ltcare.api.input.BodyLimit;
import org.ltcare.benefit.AdmissionQueries;
import org.ltcare.benefit.AdmissionStatus;
import org.ltcare.care.batch.BatchResult;
import org.ltcare.care.batch.BedDayEntry;
import org.ltcare.care.batch.CareRecordBatchService;
import org.ltcare.care.batch.VisitEntry;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.security.Actor;

/**
 * Care records from an institution's own system (docs/care-records-api.md): bed-days and home visits in bulk, and
 * the list of its beneficiaries. The credential decides the institution. A request with a bad record stores
 * nothing (422) unless it asks for partial acceptance; then the good records are stored (200) and the bad ones
 * listed.
 */
@Path("v1/care-records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "care-records", description = "护理记录 — bed-days and home visits from institution systems")
@RolesAllowed({"INSTITUTION_API", "INSTITUTION_ADMIN", "INSTITUTION_STAFF"})
public class CareRecordResource {

    /** A bulk post: up to 10,000 records; partial acceptance stores the good ones when some are bad. */
    public record BedDayBatch(boolean partialAcceptance, List<BedDayEntry> records) {
    }

    public record VisitBatch(boolean partialAcceptance, List<VisitEntry> records) {
    }

    @Inject
    private CareRecordBatchService batches;

    @Inject
    private AdmissionQueries admissions;

    @Inject
    private Actor actor;

    @Inject
    private Clock clock;

    @Context
    private HttpHeaders headers;

    @POST
    @Path("bed-days")
    @Operation(summary = "床日 — post bed-days (present / absent with reason) of 专护 and 院护 beneficiaries")
    @APIResponse(responseCode = "200", description = "Stored (all, or the good ones with partial acceptance)",
            content = @Content(schema = @Schema(implementation = BatchResponse.class)))
    @APIResponse(responseCode = "422", description = "A record was refused and partial acceptance was not asked "
            + "for: nothing stored", content = @Content(schema = @Schema(implementation = BatchResponse.class)))
    @APIResponse(responseCode = "400", description = "No records, more than 10,000, or not JSON")
    @BodyLimit(megabytes = 8)
    public Response postBedDays(BedDayBatch batch) {
        requireBody(batch == null ? null : batch.records());
        return answer(batches.postBedDays(actor, batch.records(), batch.partialAcceptance()));
    }

    @POST
    @Path("visits")
    @Operation(summary = "上门服务 — post home visits (check-in/out, worker, service items, confirmation)")
    @APIResponse(responseCode = "200", description = "Stored (all, or the good ones with partial acceptance)",
            content = @Content(schema = @Schema(implementation = BatchResponse.class)))
    @APIResponse(responseCode = "422", description = "A record was refused and partial acceptance was not asked "
            + "for: nothing stored", content = @Content(schema = @Schema(implementation = BatchResponse.class)))
    @APIResponse(responseCode = "400", description = "No records, more than 10,000, or not JSON")
    @BodyLimit(megabytes = 8)
    public Response postVisits(VisitBatch batch) {
        requireBody(batch == null ? null : batch.records());
        return answer(batches.postVisits(actor, batch.records(), batch.partialAcceptance()));
    }

    @GET
    @Path("beneficiaries")
    @Operation(summary = "待遇人员 — the institution's beneficiaries in care on a day (default today)")
    public List<BeneficiaryView> beneficiaries(@QueryParam("date") String date) {
        LocalDate day = parseDay(date);
        return admissions.linesOf(actor, actor.organisationId(), AdmissionStatus.ADMITTED).stream()
                .filter(line -> line.admission().coversDay(day)).map(BeneficiaryView::of).toList();
    }

    private LocalDate parseDay(String date) {
        if (date == null || date.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(date.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidationException(List.of(new FieldError("date", "records.date.invalid", List.of(date))));
        }
    }

    private static void requireBody(List<?> records) {
        if (records == null) {
            throw new ValidationException(List.of(new FieldError("records", "validation.required")));
        }
    }

    private Response answer(BatchResult result) {
        int status = result.refusedWhole() ? 422 : 200;
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(BatchResponse.of(result, ApiLanguage.of(headers))).build();
    }
}
