package org.ltcare.shared;

import java.util.List;

/** Input that fails validation: every bad field with a message key. Nothing was changed. */
public class ValidationException extends BusinessException {

    /** One bad field: its name in the form or JSON, and a message key of the UI bundles. */
    public record FieldError(String field, String messageKey) {
    }

    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("validation.failed", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
