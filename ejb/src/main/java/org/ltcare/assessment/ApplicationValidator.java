package org.ltcare.assessment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ltcare.insured.IdNumber;
import org.ltcare.shared.ValidationException;

/** Checks an application form as a whole and reports every problem at once, by field. */
final class ApplicationValidator {

    private static final String PHONE = "1\\d{10}|0\\d{2,3}-?\\d{7,8}";

    private ApplicationValidator() {
    }

    static void validate(NewApplication form) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (form.insuredIdNumber() == null || form.insuredIdNumber().isBlank()) {
            errors.add(new ValidationException.FieldError("insuredIdNumber", "validation.required"));
        } else {
            IdNumber.check(form.insuredIdNumber()).ifPresent(problem -> errors.add(
                    new ValidationException.FieldError("insuredIdNumber", "idNumber." + problem.name())));
        }
        if (form.applicantRole() == null) {
            errors.add(new ValidationException.FieldError("applicantRole", "validation.required"));
        }
        if (form.applicantName() == null || form.applicantName().isBlank()) {
            errors.add(new ValidationException.FieldError("applicantName", "validation.required"));
        } else if (form.applicantName().trim().length() > 50) {
            errors.add(new ValidationException.FieldError("applicantName", "validation.tooLong"));
        }
        if (form.applicantRole() != null && form.applicantRole() != ApplicantRole.SELF
                && (form.applicantRelation() == null || form.applicantRelation().isBlank())) {
            errors.add(new ValidationException.FieldError("applicantRelation", "validation.required"));
        }
        if (form.contactPhone() == null || !form.contactPhone().trim().matches(PHONE)) {
            errors.add(new ValidationException.FieldError("contactPhone", "validation.phone"));
        }
        if (form.residenceKind() == null) {
            errors.add(new ValidationException.FieldError("residenceKind", "validation.required"));
        } else if (form.residenceKind() == ResidenceKind.INSTITUTION && form.currentInstitutionId() == null) {
            errors.add(new ValidationException.FieldError("currentInstitutionId", "validation.required"));
        } else if (form.residenceKind() == ResidenceKind.HOME
                && (form.residenceAddress() == null || form.residenceAddress().isBlank())) {
            errors.add(new ValidationException.FieldError("residenceAddress", "validation.required"));
        }
        Set<MaterialKind> provided = EnumSet.noneOf(MaterialKind.class);
        form.materials().forEach(m -> provided.add(m.kind()));
        for (MaterialKind kind : MaterialKind.values()) {
            if (form.applicantRole() != null && kind.isRequiredFor(form.applicantRole()) && !provided.contains(kind)) {
                errors.add(new ValidationException.FieldError(ApplicationMaterial.fieldOf(kind),
                        "application.materialMissing"));
            }
        }
        form.materials().stream().filter(m -> m.content() != null)
                .forEach(m -> ApplicationMaterial.FILES.problem(ApplicationMaterial.fieldOf(m.kind()), m.fileName(),
                        m.content()).ifPresent(errors::add));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
