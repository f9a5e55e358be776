package org.ltcare.care.batch;

import java.util.List;
import org.ltcare.shared.ValidationException.FieldError;

/** A posted record refused: its place in the request, its idempotency key and every problem found. */
public record RecordProblem(int index, String idempotencyKey, List<FieldError> errors) {

    public RecordProblem {
        errors = List.copyOf(errors);
    }
}
