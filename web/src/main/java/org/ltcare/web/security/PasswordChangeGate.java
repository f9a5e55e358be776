package org.ltcare.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * A user who logged in with a one-time password (a new account, a reset) opens no page but 修改密码 until they have
 * chosen their own: every other page redirects there. The mark is set in the session at login and cleared by the
 * change; resources, the error pages and logging out stay open.
 */
@WebFilter(urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.REQUEST)
public class PasswordChangeGate extends HttpFilter {

    static final String MUST_CHANGE = "org.ltcare.mustChangePassword";
    static final String PAGE = "/account/password.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE)) && !path.equals(PAGE)
                && !path.startsWith("/error/") && !path.equals(LtcAuthenticationMechanism.LOGIN_PAGE)) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Marks the session of a login with a one-time password. */
    static void mustChange(HttpSession session) {
        session.setAttribute(MUST_CHANGE, Boolean.TRUE);
    }

    /** The user chose their own password: every page opens again. */
    public static void passed(HttpSession session) {
        if (session != null) {
            session.removeAttribute(MUST_CHANGE);
        }
    }
}
