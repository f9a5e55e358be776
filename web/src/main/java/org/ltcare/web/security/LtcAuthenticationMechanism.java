package org.ltcare.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ltcare.shared.audit.SecurityEvents;
import org.ltcare.shared.security.ApiTokens;
import org.ltcare.shared.security.LoginService;
import org.ltcare.shared.security.UserAccount;
import org.ltcare.shared.security.Role;
import org.ltcare.web.i18n.Messages;

/**
 * One mechanism for the whole application (Jakarta Security allows one): the REST API under /api takes a machine
 * credential's bearer token or a person's HTTP Basic, with a real 401 challenge; pages use our own login form, which calls
 * {@code SecurityContext.authenticate} with the password, then (for an account with a second factor) with the code;
 * a protected page without a login redirects there.
 * The API is stateless: every request brings its credential, and no session is read or created for it, so a page
 * session's cookie opens no API operation (a foreign site's form cannot act as the logged-in user) and an API
 * credential never holds a session that would open pages. A page login gets a new session id (no fixation) and
 * keeps the caller in the session ({@link SessionCaller}).
 */
@ApplicationScoped
public class LtcAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String ORIGINAL_URL = "org.ltcare.originalUrl";
    @Inject
    private IdentityStoreHandler identityStore;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private ApiTokens tokens;

    @Inject
    private LoginService logins;

    @Inject
    private SecurityEvents events;

    @Inject
    private Clock clock;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (isApi(request)) {
            return api(request, response, context);
        }
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            // A failed form login must be SEND_FAILURE: the login page then shows its own message.
            String client = ClientAddress.of(request);
            if (throttle.isBlocked(client)) {
                return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
            }
            if (context.getAuthParameters().getCredential() instanceof SecondFactorCredential second) {
                return secondStep(request, context, second, client);
            }
            if (context.getAuthParameters().getCredential() instanceof ClientCredential password) {
                return passwordStep(request, context, password, client);
            }
            return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionCaller.ATTRIBUTE) instanceof SessionCaller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            request.getSession(true).setAttribute(ORIGINAL_URL, originalUrl(request));
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    /**
     * The login page's first step: the password. An account with a second factor is not logged in yet: the session
     * (under a new id) remembers whose code comes next, and the page asks for it.
     */
    private AuthenticationStatus passwordStep(HttpServletRequest request, HttpMessageContext context,
                                              ClientCredential credential, String client) {
        LoginService.Result result = logins.login(credential.getCaller(), credential.getPassword().getValue(),
                client, true);
        if (result.outcome() == LoginService.Outcome.SECOND_FACTOR) {
            newSessionId(request).setAttribute(PendingSecondFactor.ATTRIBUTE,
                    new PendingSecondFactor(result.account().getUsername(), clock.instant()));
            return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
        }
        if (result.outcome() != LoginService.Outcome.SUCCESS) {
            throttle.failed(client);
            return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
        }
        return loggedIn(request, context, result.account());
    }

    /** The second step: the code of the login the session is waiting for (five minutes at most). */
    private AuthenticationStatus secondStep(HttpServletRequest request, HttpMessageContext context,
                                            SecondFactorCredential credential, String client) {
        HttpSession session = request.getSession(false);
        PendingSecondFactor pending = PendingSecondFactor.of(session);
        if (pending == null || pending.isExpiredAt(clock.instant())) {
            PendingSecondFactor.clear(session);
            return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
        }
        LoginService.Result result = logins.secondFactor(pending.username(), credential.code(), client);
        if (result.outcome() == LoginService.Outcome.SUCCESS) {
            return loggedIn(request, context, result.account());
        }
        throttle.failed(client);
        if (result.outcome() != LoginService.Outcome.WRONG_CREDENTIALS || result.account() == null) {
            PendingSecondFactor.clear(session);
        }
        return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
    }

    /**
     * Logged in to the pages: a new session id (no fixation), the caller kept in the session, and what the user
     * must do first (change a one-time password, enrol a second factor the role requires).
     */
    private AuthenticationStatus loggedIn(HttpServletRequest request, HttpMessageContext context,
                                          UserAccount account) {
        Set<String> groups = account.getRoles().stream().map(Role::name).collect(Collectors.toSet());
        if (groups.stream().allMatch(group -> Role.valueOf(group).isMachineRole())) {
            // API credentials hold only machine roles: they log in to the API, never to the pages.
            return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
        }
        HttpSession session = newSessionId(request);
        PendingSecondFactor.clear(session);
        session.setAttribute(SessionCaller.ATTRIBUTE, new SessionCaller(account.getUsername(), groups));
        if (account.isMustChangePassword()) {
            AccountGate.mustChangePassword(session);
        }
        if (account.requiresSecondFactor() && !account.isSecondFactorEnrolled()) {
            AccountGate.mustEnrol(session);
        }
        return context.notifyContainerAboutLogin(account.getUsername(), groups);
    }

    /**
     * The API's credentials: a machine credential's bearer token (one indexed lookup), or a person's HTTP Basic.
     * A failure answers 401 with both challenges; an address that failed too often gets 429 (for a password before
     * it is checked, for a token once it is found wrong).
     */
    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response,
                                     HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        boolean bearer = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
        boolean basic = header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
        if (!bearer && !basic) {
            return context.isProtected() ? challenge(response, context) : context.doNothing();
        }
        String client = ClientAddress.of(request);
        if (bearer) {
            // A machine credential's token (256 random bits) cannot be guessed: a valid one is let in without
            // asking the throttle — a statement per request now that failures are counted in the database — and a
            // wrong one counts as a failure like a wrong password
            CredentialValidationResult result = token(request, header.substring(7).trim(), client);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            throttle.failed(client);
            return throttle.isBlocked(client) ? tooManyFailures(response) : challenge(response, context);
        }
        if (throttle.isBlocked(client)) {
            return tooManyFailures(response);
        }
        CredentialValidationResult result = basicCredential(header.substring(6).trim(), client);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        throttle.failed(client);
        return challenge(response, context);
    }

    private CredentialValidationResult token(HttpServletRequest request, String presented, String client) {
        Optional<UserAccount> account = tokens.authenticate(presented);
        if (account.isEmpty()) {
            events.tokenRefused(client);
            return CredentialValidationResult.INVALID_RESULT;
        }
        request.setAttribute(CurrentUser.AUTHENTICATED, account.get());
        return new CredentialValidationResult(account.get().getUsername(),
                account.get().getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    private CredentialValidationResult basicCredential(String encoded, String client) {
        String decoded;
        try {
            decoded = new String(Base64.getMimeDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return identityStore.validate(new ClientCredential(decoded.substring(0, colon),
                new Password(decoded.substring(colon + 1)), client, false));
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.addHeader("WWW-Authenticate", "Bearer realm=\"ltcare\"");
        response.addHeader("WWW-Authenticate", "Basic realm=\"ltcare\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    /** 429 with Retry-After and the API's error body: this address has failed too often to try again now. */
    private AuthenticationStatus tooManyFailures(HttpServletResponse response) {
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(throttle.window().toSeconds()));
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"errors\":[{\"field\":null,\"message\":\""
                    + Messages.text(Locale.SIMPLIFIED_CHINESE, "login.tooMany") + "\"}]}");
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The session a login continues in, under a new id: an id known before the login is worth nothing after. */
    private static HttpSession newSessionId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return request.getSession(true);
        }
        request.changeSessionId();
        return request.getSession(false);
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    private static String originalUrl(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
