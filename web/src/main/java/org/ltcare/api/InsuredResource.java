package org.ltcare.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ltcare.insured.InsuranceType;
import org.ltcare.insured.InsuredPerson;
import org.ltcare.insured.InsuredService;
import org.ltcare.insured.importing.ImportProblem;
import org.ltcare.insured.importing.InsuredCsvColumn;
import org.ltcare.insured.importing.InsuredRows;
import org.ltcare.insured.importing.RowError;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.security.Actor;

/** Registering one insured person (the bureau's systems; bulk loads use the CSV import screen). */
@Path("v1/insured")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InsuredResource {

    @Inject
    private InsuredService insured;

    @Inject
    private Actor actor;

    /** The person to register; birth date and gender come from the ID number. */
    public record Registration(String idNumber, String name, InsuranceType insuranceType, String regionCode,
                               LocalDate enrolledOn, String phone, String address) {
    }

    public record Registered(long id, String name, String idNumber) {
    }

    /** The JSON field of each CSV column, for naming bad fields. */
    private static final Map<String, String> FIELDS = Map.of(
            InsuredCsvColumn.ID_NUMBER.header(), "idNumber", InsuredCsvColumn.NAME.header(), "name",
            InsuredCsvColumn.INSURANCE_TYPE.header(), "insuranceType",
            InsuredCsvColumn.REGION_CODE.header(), "regionCode", InsuredCsvColumn.ENROLLED_ON.header(), "enrolledOn",
            InsuredCsvColumn.PHONE.header(), "phone", InsuredCsvColumn.ADDRESS.header(), "address");

    @Inject
    private Clock clock;

    /** The import's problem text; an invalid ID number says exactly what is wrong with it. */
    private static ValidationException.FieldError fieldError(RowError error) {
        String field = error.column() == null ? "" : FIELDS.getOrDefault(error.column(), error.column());
        if (error.code() == ImportProblem.ID_NUMBER_INVALID && error.detail() != null) {
            return new ValidationException.FieldError(field, "idNumber." + error.detail());
        }
        return new ValidationException.FieldError(field, "importProblem." + error.code().name(),
                List.of(error.detail() == null ? "" : error.detail()));
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }

    @POST
    @RolesAllowed("AGENCY_REVIEWER")
    public Response register(Registration registration) {
        InsuredRows.Checked checked = InsuredRows.check(LocalDate.now(clock), List.of(
                text(registration.idNumber()), text(registration.name()),
                registration.insuranceType() == null ? "" : registration.insuranceType().name(),
                text(registration.regionCode()),
                registration.enrolledOn() == null ? "" : registration.enrolledOn().toString(),
                text(registration.phone()), text(registration.address())));
        if (checked.row().isEmpty()) {
            throw new ValidationException(checked.problems().stream().map(InsuredResource::fieldError).toList());
        }
        InsuredPerson person = insured.register(actor, checked.row().get());
        return Response.created(URI.create("/api/v1/insured/" + person.getId()))
                .entity(new Registered(person.getId(), person.getName(), person.getIdNumber().masked())).build();
    }
}
