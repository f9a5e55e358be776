package org.ltcare.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The window id that PrimeFaces writes into the page's script ({@code jfwid}) must look like one, or the request
 * is refused before any page sees it (it was a way to inject script through a link). The security headers are the
 * server's ({@code WEB-INF/undertow-handlers.conf}), so that they are on every response.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class WindowIdFilter extends HttpFilter {

    static final String WINDOW_ID = "jfwid";
    private static final Pattern WINDOW_ID_FORMAT = Pattern.compile("[A-Za-z0-9_:-]{1,64}");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!validWindowId(request)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean validWindowId(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType != null && contentType.startsWith("multipart/")) {
            return validOrAbsent(queryValue(request.getQueryString())); // parts are the upload's, not read here
        }
        String[] values = request.getParameterValues(WINDOW_ID);
        if (values == null) {
            return true;
        }
        for (String value : values) {
            if (!validOrAbsent(value)) {
                return false;
            }
        }
        return true;
    }

    private static boolean validOrAbsent(String value) {
        return value == null || WINDOW_ID_FORMAT.matcher(value).matches();
    }

    /** The raw jfwid of a query string, undecoded: anything outside the format is refused either way. */
    private static String queryValue(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(WINDOW_ID + "=")) {
                return pair.substring(WINDOW_ID.length() + 1);
            }
        }
        return null;
    }
}
