package org.ltcare.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Requests the framework refuses before an operation runs (unknown path, method not allowed, a content type the
 * operation does not take, a role it is not open to) answer in the documented error format, keeping their status
 * and headers (Allow, WWW-Authenticate) — not the server's plain text or HTML.
 */
@Provider
public class ClientErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        if (original.getEntity() instanceof ApiError) {
            return original;
        }
        int status = original.getStatus();
        if (status == 400) {
            return UnreadableBody.answer(headers, e);
        }
        if (status >= 500) {
            return UnexpectedErrorMapper.incident(headers, e);
        }
        String key = switch (status) {
            case 401 -> "api.unauthenticated";
            case 403 -> "api.forbidden";
            case 404 -> "api.notFound";
            case 405 -> "api.methodNotAllowed";
            case 406 -> "api.notAcceptable";
            case 415 -> "api.contentType.unsupported";
            default -> "api.refused";
        };
        return Response.fromResponse(original).type(ApiErrors.JSON)
                .entity(ApiErrors.one(headers, null, key, status)).build();
    }
}
