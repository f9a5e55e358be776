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
 * What a login must do before any work: a user who logged in with a one-time password (a new account, a reset)
 * chooses their own on 修改密码; then a user whose role requires a second factor and who has none enrols it on
 * 两步验证. Until then every other page redirects there. The marks are set in the session at login and cleared by
 * the pages; JSF resources, the error pages and logging out stay open.
 */
@WebFilter(urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.REQUEST)
public class AccountGate extends HttpFilter {

    static final String MUST_CHANGE = "org.ltcare.mustChangePassword";
    static final String MUST_ENROL = "org.ltcare.mustEnrolSecondFactor";
    static final String PASSWORD_PAGE = "/account/password.xhtml";
    static final String TWO_FACTOR_PAGE = "/account/two-factor.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String next = nextStep(request.getSession(false));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (next != null && !path.equals(next) && !path.startsWith("/error/")
                && !path.startsWith("/jakarta.faces.resource/")
                && !path.equals(LtcAuthenticationMechanism.LOGIN_PAGE)) {
            response.sendRedirect(request.getContextPath() + next);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the session's user must first change their password or enrol a second factor (pages then hide the menu). */
    public static boolean holds(HttpSession session) {
        return nextStep(session) != null;
    }

    private static String nextStep(HttpSession session) {
        if (session == null) {
            return null;
        }
        if (Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE))) {
            return PASSWORD_PAGE;
        }
        return Boolean.TRUE.equals(session.getAttribute(MUST_ENROL)) ? TWO_FACTOR_PAGE : null;
    }

    /** Marks the session of a login with a one-time password. */
    static void mustChangePassword(HttpSession session) {
        session.setAttribute(MUST_CHANGE, Boolean.TRUE);
    }

    /** Marks the session of a login whose role requires a second factor not yet enrolled. */
    static void mustEnrol(HttpSession session) {
        session.setAttribute(MUST_ENROL, Boolean.TRUE);
    }

    /** The user chose their own password. */
    public static void passwordChanged(HttpSession session) {
        if (session != null) {
            session.removeAttribute(MUST_CHANGE);
        }
    }

    /** The user enrolled a second factor. */
    public static void enrolled(HttpSession session) {
        if (session != null) {
            session.removeAttribute(MUST_ENROL);
        }
    }
}
