package org.ltcare.api;

import java.util.List;

/** The body of every refused request: the bad fields with readable messages, or one message. */
public record ApiError(List<FieldMessage> errors) {

    public record FieldMessage(String field, String message) {
    }

    public static ApiError of(String message) {
        return new ApiError(List.of(new FieldMessage(null, message)));
    }
}
