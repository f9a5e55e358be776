package org.ltcare.institution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;

/** A sanction as decided: kind, reason, the decision's document number, and its dates. */
public record SanctionForm(SanctionKind kind, String reason, String documentNumber, LocalDate effectiveFrom,
        LocalDate effectiveUntil) {

    public SanctionForm {
        reason = reason == null || reason.isBlank() ? null : reason.trim();
        documentNumber = documentNumber == null || documentNumber.isBlank() ? null : documentNumber.trim();
    }

    /** @throws ValidationException naming every missing or inconsistent field */
    public SanctionForm check() {
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new FieldError("sanctionKind", "validation.required", List.of()));
        }
        if (reason == null) {
            errors.add(new FieldError("sanctionReason", "validation.required", List.of()));
        } else if (reason.length() > 500) {
            errors.add(new FieldError("sanctionReason", "institution.tooLong", List.of("500")));
        }
        if (documentNumber == null) {
            errors.add(new FieldError("sanctionDocument", "validation.required", List.of()));
        } else if (documentNumber.length() > 64) {
            errors.add(new FieldError("sanctionDocument", "institution.tooLong", List.of("64")));
        }
        if (effectiveFrom == null) {
            errors.add(new FieldError("sanctionFrom", "validation.required", List.of()));
        }
        if (kind == SanctionKind.RECTIFICATION && effectiveUntil == null) {
            errors.add(new FieldError("sanctionUntil", "sanction.deadlineRequired", List.of()));
        }
        if (effectiveUntil != null && effectiveFrom != null && effectiveUntil.isBefore(effectiveFrom)) {
            errors.add(new FieldError("sanctionUntil", "agreement.datesOutOfOrder", List.of()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return this;
    }
}
