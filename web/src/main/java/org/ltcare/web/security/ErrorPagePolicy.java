package org.ltcare.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * An error page (403, 404, 500, an expired view) is rendered into the response of the page that failed, whose
 * headers stay: that page's Content-Security-Policy names its own nonce, and the browser, holding both policies,
 * refused the error page's scripts (they carry the error page's nonce). While an error page renders, its policy
 * replaces the earlier ones; it is the whole policy (web.xml primefaces.CSP_POLICY has frame-ancestors and the
 * rest), so nothing is lost.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class ErrorPagePolicy extends HttpFilter {

    private static final String POLICY = "Content-Security-Policy";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void addHeader(String name, String value) {
                if (POLICY.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                } else {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
