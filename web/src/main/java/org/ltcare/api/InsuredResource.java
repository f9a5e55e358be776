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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ltcare.insured.IdNumber;
import org.ltcare.insured.InsuranceType;
import org.ltcare.insured.InsuredPerson;
import org.ltcare.insured.InsuredService;
import org.ltcare.insured.importing.InsuredRow;
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

    @POST
    @RolesAllowed({"AGENCY_REVIEWER", "BUREAU_ADMIN"})
    public Response register(Registration registration) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        IdNumber.check(registration.idNumber()).ifPresent(problem ->
                errors.add(new ValidationException.FieldError("idNumber", "idNumber." + problem.name())));
        if (registration.name() == null || registration.name().isBlank()) {
            errors.add(new ValidationException.FieldError("name", "validation.required"));
        }
        if (registration.insuranceType() == null) {
            errors.add(new ValidationException.FieldError("insuranceType", "validation.required"));
        }
        if (registration.regionCode() == null || !registration.regionCode().matches("\\d{6}")) {
            errors.add(new ValidationException.FieldError("regionCode", "validation.required"));
        }
        if (registration.enrolledOn() == null) {
            errors.add(new ValidationException.FieldError("enrolledOn", "validation.required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        InsuredPerson person = insured.register(actor, new InsuredRow(1, IdNumber.parse(registration.idNumber()),
                registration.name().trim(), registration.insuranceType(), registration.regionCode(),
                registration.enrolledOn(), registration.phone(), registration.address()));
        return Response.created(URI.create("/api/v1/insured/" + person.getId()))
                .entity(new Registered(person.getId(), person.getName(), person.getIdNumber().masked())).build();
    }
}
