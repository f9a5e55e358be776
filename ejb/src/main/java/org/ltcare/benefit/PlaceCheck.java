package org.ltcare.benefit;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.Sanction;
import org.ltcare.institution.ServiceAgreement;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;

/**
 * What stands between a person and an institution for a care type from a day (rules.md §3, decision D9): the
 * eligibility table's answer and the rule that gave it, the institution's agreement line for the type, a sanction
 * stopping admissions, and its places taken. The list of options and a choice both read it, so they cannot differ.
 */
public record PlaceCheck(CareInstitution institution, Eligibility eligibility, ServiceAgreement.Line line,
        Sanction admissionStop, long occupied) {

    /** Why a check refuses: a message key with its arguments ({@code careType} marks the eligibility table's no). */
    public record Refusal(String messageKey, List<String> arguments, boolean careType) implements Serializable {

        /** The refusal as a choice of the institution is refused with. */
        public BusinessException exception() {
            return careType ? new ValidationException(List.of(new FieldError("careType", messageKey)))
                    : new BusinessException(messageKey, arguments.toArray());
        }
    }

    public boolean offered() {
        return refusal().isEmpty();
    }

    public boolean agreed() {
        return line != null;
    }

    /** The first check that refuses, in the order the rules apply: eligibility, agreement, sanction, places. */
    public Optional<Refusal> refusal() {
        if (!eligibility.eligible()) {
            return Optional.of(new Refusal("care.eligibility." + eligibility.reason(), List.of(), true));
        }
        if (line == null) {
            return Optional.of(new Refusal("care.notAgreed", List.of(institution.getName()), false));
        }
        if (admissionStop != null) {
            // The document number may be absent: Arrays.asList keeps the null the message leaves out.
            return Optional.of(new Refusal("care.admissionsSuspended",
                    Arrays.asList(admissionStop.getReason(), admissionStop.getDocumentNumber()), false));
        }
        if (occupied >= line.getPlaces()) {
            return Optional.of(new Refusal("care.noPlace", List.of(), false));
        }
        return Optional.empty();
    }
}
