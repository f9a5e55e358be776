package org.ltcare.shared;

import java.util.List;

/** Input that fails validation: every bad field with a message key. Nothing was changed. */
public class ValidationException extends BusinessException {

    /**
     * One bad field: its name in the form or JSON, a message key of the UI bundles and the message's
     * MessageFormat arguments, already strings (so that "2025" is not shown as "2,025").
     */
    public record FieldError(String field, String messageKey, List<String> arguments) {

        public FieldError {
            arguments = List.copyOf(arguments);
        }

        public FieldError(String field, String messageKey) {
            this(field, messageKey, List.of());
        }
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
