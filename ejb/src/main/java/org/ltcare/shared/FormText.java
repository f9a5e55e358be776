package org.ltcare.shared;

import java.util.List;
import org.ltcare.shared.ValidationException.FieldError;

/** The text fields of forms: blank is absent, others trimmed; a required text within its column's length. */
public final class FormText {

    private FormText() {
    }

    public static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * A message the system records (why a run or batch failed) cut to its column's {@code length}: it must be
     * stored whatever its size, unlike a user's text, which is refused when too long.
     */
    public static String cut(String message, int length) {
        return message == null || message.length() <= length ? message : message.substring(0, length);
    }

    /** Adds the field's problem: missing ({@code validation.required}) or longer than {@code length}. */
    public static void required(String field, String value, int length, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, "validation.required"));
        } else if (value.length() > length) {
            errors.add(new FieldError(field, "validation.tooLong", List.of(String.valueOf(length))));
        }
    }
}
