package org.ltcare.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ltcare.web.i18n.Messages;

/** Builds the documented error body ({@code {"errors":[{"field":…,"message":…}]}}) in the client's language. */
final class ApiErrors {

    static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    private ApiErrors() {
    }

    static ApiError one(HttpHeaders headers, String field, String key, Object... arguments) {
        return new ApiError(List.of(new ApiError.FieldMessage(field,
                Messages.format(ApiLanguage.of(headers), key, List.of(arguments)))));
    }

    static Response answer(int status, ApiError body) {
        return Response.status(status).type(JSON).entity(body).build();
    }
}
