package org.ltcare.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.ltcare.assessment.ApplicationService;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.LoginService;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccount;

/** The logged-in user of this request, as the services need it ({@link Actor}) and as pages show it. */
@Named
@RequestScoped
public class CurrentUser {

    /**
     * The request attribute with the account the API's credential was checked against in this request: read again,
     * it would be the same account a few milliseconds later, at two statements' cost per call.
     */
    static final String AUTHENTICATED = "org.ltcare.authenticatedAccount";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private LoginService loginService;

    @Inject
    private ApplicationService applications;

    @Inject
    private HttpServletRequest request;

    private UserAccount account;

    public boolean isLoggedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public UserAccount getAccount() {
        if (account == null) {
            Principal principal = securityContext.getCallerPrincipal();
            if (principal == null) {
                throw new AccessDeniedException("login");
            }
            account = request.getAttribute(AUTHENTICATED) instanceof UserAccount known
                    && known.getUsername().equals(principal.getName()) ? known
                    : loginService.account(principal.getName()).orElseThrow(() -> new AccessDeniedException("login"));
        }
        return account;
    }

    @Produces
    public Actor actor() {
        return getAccount().toActor();
    }

    public String getDisplayName() {
        return isLoggedIn() ? getAccount().getDisplayName() : "";
    }

    public String getOrganisationName() {
        return isLoggedIn() ? getAccount().getOrganisation().getName() : "";
    }

    /**
     * Whether the gate holds this user on 修改密码 or 两步验证 ({@link AccountGate}): the menu then offers only those,
     * since every other page would send them back.
     */
    public boolean isHeldAtGate() {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        Object session = faces == null ? null : faces.getExternalContext().getSession(false);
        return session instanceof jakarta.servlet.http.HttpSession http && AccountGate.holds(http);
    }

    public boolean hasRole(String role) {
        return isLoggedIn() && getAccount().getRoles().contains(Role.valueOf(role));
    }

    public boolean isBureau() {
        return isLoggedIn() && getAccount().getRoles().stream().anyMatch(Role::isBureauRole);
    }

    public boolean isInstitution() {
        return isLoggedIn() && getAccount().getRoles().stream().anyMatch(Role::isInstitutionRole);
    }

    public boolean isAssessment() {
        return hasRole("ASSESSOR") || hasRole("ASSESSMENT_SUPERVISOR");
    }

    /**
     * A security or audit administrator: works on accounts or the audit trail only, so no task list, no cases.
     */
    public boolean isTrailOrAccountsAdministrator() {
        return hasRole("SECURITY_ADMIN") || hasRole("AUDIT_ADMIN");
    }

    /**
     * Where this user starts: the audit administrator on the audit trail, the security administrator on the
     * accounts, everybody else on their tasks.
     */
    public String landing() {
        if (hasRole("AUDIT_ADMIN")) {
            return "/audit/trail.xhtml";
        }
        return hasRole("SECURITY_ADMIN") ? "/security/accounts.xhtml" : "/home.xhtml";
    }

    public boolean isMayFile() {
        return isLoggedIn() && applications.mayFile(actor());
    }
}
