package org.ltcare.assessment;

import java.util.ArrayList;
import java.util.List;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;

/** What an objector gives: real name, a way to reach them, and the reason. Trimmed; checked by {@link #check()}. */
public record ObjectionForm(String name, String contact, String reason) {

    public ObjectionForm {
        name = trim(name);
        contact = trim(contact);
        reason = trim(reason);
    }

    /** @throws ValidationException naming every missing or too long field */
    public ObjectionForm check() {
        List<FieldError> errors = new ArrayList<>();
        require(errors, "name", name, Objection.NAME_MAX);
        require(errors, "contact", contact, Objection.CONTACT_MAX);
        require(errors, "reason", reason, Objection.REASON_MAX);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return this;
    }

    private static void require(List<FieldError> errors, String field, String value, int max) {
        if (value == null) {
            errors.add(new FieldError(field, "objection." + field + ".required", List.of()));
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "objection.tooLong", List.of(String.valueOf(max))));
        }
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
