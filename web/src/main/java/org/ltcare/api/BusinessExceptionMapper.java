package org.ltcare.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.text.MessageFormat;
import java.util.Locale;
import org.ltcare.api.input.ApiLimits;
import org.ltcare.api.input.BodyTooLargeException;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.web.i18n.Messages;

/**
 * Maps refused requests to HTTP: 400 with the bad fields (the first {@link ApiLimits#MAX_ERRORS}), 413 for a body
 * over its limit, 403, 404, and 409 for a broken business rule.
 * Messages are in the language the client asks for (Accept-Language), Chinese by default.
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @jakarta.ws.rs.core.Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(BusinessException e) {
        Locale locale = ApiLanguage.of(headers);
        Response.Status status = e instanceof BodyTooLargeException ? Response.Status.REQUEST_ENTITY_TOO_LARGE
                : e instanceof ValidationException ? Response.Status.BAD_REQUEST
                : e instanceof NotFoundException ? Response.Status.NOT_FOUND
                : e instanceof AccessDeniedException ? Response.Status.FORBIDDEN
                : Response.Status.CONFLICT;
        ApiError body = e instanceof ValidationException invalid
                ? new ApiError(invalid.errors().stream().limit(ApiLimits.MAX_ERRORS)
                        .map(f -> new ApiError.FieldMessage(f.field(), Messages.format(locale, f.messageKey(), f.arguments())))
                        .toList())
                : ApiError.of(format(locale, e));
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }

    private static String format(Locale locale, BusinessException e) {
        return Messages.format(locale, e.messageKey(), e.arguments());
    }
}
