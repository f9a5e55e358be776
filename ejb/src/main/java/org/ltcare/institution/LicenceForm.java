package org.ltcare.institution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;

/** A licence as entered; {@link #check(LocalDate)} refuses a missing part, dates out of order or an expired one. */
public record LicenceForm(LicenceKind kind, String number, String issuedBy, LocalDate validFrom, LocalDate validUntil) {

    public LicenceForm {
        number = number == null || number.isBlank() ? null : number.trim();
        issuedBy = issuedBy == null || issuedBy.isBlank() ? null : issuedBy.trim();
    }

    public LicenceForm check(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new FieldError("licenceKind", "validation.required", List.of()));
        }
        if (number == null) {
            errors.add(new FieldError("licenceNumber", "validation.required", List.of()));
        } else if (number.length() > 64) {
            errors.add(new FieldError("licenceNumber", "institution.tooLong", List.of("64")));
        }
        if (issuedBy != null && issuedBy.length() > 100) {
            errors.add(new FieldError("licenceIssuedBy", "institution.tooLong", List.of("100")));
        }
        if (validFrom == null) {
            errors.add(new FieldError("licenceValidFrom", "validation.required", List.of()));
        } else if (validFrom.isAfter(today)) {
            errors.add(new FieldError("licenceValidFrom", "institution.licence.notYetValid", List.of()));
        }
        if (validUntil != null && validFrom != null && validUntil.isBefore(validFrom)) {
            errors.add(new FieldError("licenceValidUntil", "institution.licence.datesOutOfOrder", List.of()));
        } else if (validUntil != null && validUntil.isBefore(today)) {
            errors.add(new FieldError("licenceValidUntil", "institution.licence.expired",
                    List.of(validUntil.toString())));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return this;
    }
}
