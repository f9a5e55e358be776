package org.ltcare.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ltcare.shared.audit.SecurityEvents;

/**
 * Every 403 the application answers is a security event of the audit trail: the API's and the pages' own refusals
 * (seen on the way out of the request) and the container's role constraints (seen when their error page renders).
 * One entry per request, whichever comes first.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class AccessDeniedRecorder extends HttpFilter {

    private static final String RECORDED = AccessDeniedRecorder.class.getName() + ".recorded";

    @Inject
    private SecurityEvents events;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR
                && Integer.valueOf(403).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))) {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            record(request, uri == null ? request.getRequestURI() : uri.toString());
        }
        chain.doFilter(request, response);
        if (request.getDispatcherType() == DispatcherType.REQUEST && response.getStatus() == 403) {
            record(request, request.getRequestURI());
        }
    }

    private void record(HttpServletRequest request, String path) {
        if (request.getAttribute(RECORDED) == null) {
            request.setAttribute(RECORDED, Boolean.TRUE);
            String user = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
            events.accessDenied(user, request.getMethod(), path, ClientAddress.of(request));
        }
    }
}
