package org.ltcare.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else that goes wrong in an operation: a body the binding could not read is the client's 400; a call an
 * EJB's roles refuse is 403; the rest is a 500 that says only an incident number — the exception, SQL and class
 * names go to the server log under that number, never to the client.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        if (UnreadableBody.isCause(e)) {
            return UnreadableBody.answer(headers, e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.ejb.EJBAccessException) {
                return ApiErrors.answer(403, ApiErrors.one(headers, null, "api.forbidden", 403));
            }
        }
        return incident(headers, e);
    }

    static Response incident(HttpHeaders headers, Throwable e) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "API incident " + incident, e);
        return ApiErrors.answer(500, ApiErrors.one(headers, null, "api.unexpected", incident));
    }
}
