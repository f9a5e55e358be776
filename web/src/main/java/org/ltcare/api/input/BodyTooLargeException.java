package org.ltcare.api.input;

import java.util.List;
import org.ltcare.shared.ValidationException;

/** A request body over its operation's limit: answered 413 with the limit, and not read further. */
public class BodyTooLargeException extends ValidationException {

    private static final long serialVersionUID = 1L;

    public BodyTooLargeException(long limitBytes) {
        super(List.of(new FieldError("", "api.body.tooLarge", List.of(String.valueOf(limitBytes / 1024)))));
    }
}
