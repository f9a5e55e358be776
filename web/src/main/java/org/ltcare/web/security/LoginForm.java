package org.ltcare.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ltcare.web.i18n.Messages;

/**
 * The login page: authenticates through the application's mechanism, in two steps for an account with a second
 * factor (password, then code), and says clearly why a login failed.
 */
@Named
@RequestScoped
public class LoginForm {


    @Inject
    private SecurityContext securityContext;

    @Inject
    private Messages messages;

    private String username;
    private String password;
    private String code;

    /** The first step: username and password. An account with a second factor goes on to {@link #verify}. */
    public String login() throws IOException {
        HttpServletRequest request = request();
        if (authenticate(new ClientCredential(username, new Password(password), ClientAddress.of(request), true))) {
            return null;
        }
        password = null;
        if (!isSecondStep()) {
            // One message for a wrong password, an unknown user and a locked account: the page tells nobody which
            // user names exist.
            fail("login.failed");
        }
        return null;
    }

    /** The second step: the code from the authenticator app, or a recovery code. */
    public String verify() throws IOException {
        if (authenticate(new SecondFactorCredential(code, ClientAddress.of(request())))) {
            return null;
        }
        code = null;
        fail(isSecondStep() ? "login.code.wrong" : "login.code.expired");
        return null;
    }

    /** Back to the first step (another account, or the phone is not at hand). */
    public String cancel() {
        PendingSecondFactor.clear(request().getSession(false));
        return "/login?faces-redirect=true";
    }

    /** Whether the password was right and the code comes next. */
    public boolean isSecondStep() {
        PendingSecondFactor pending = PendingSecondFactor.of(request().getSession(false));
        return pending != null;
    }

    private boolean authenticate(Credential credential) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = request();
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true).credential(credential));
        if (status != AuthenticationStatus.SUCCESS) {
            return false;
        }
        Object original = request.getSession().getAttribute(LtcAuthenticationMechanism.ORIGINAL_URL);
        request.getSession().removeAttribute(LtcAuthenticationMechanism.ORIGINAL_URL);
        external.redirect(original instanceof String url ? url : external.getRequestContextPath() + "/home.xhtml");
        faces.responseComplete();
        return true;
    }

    private void fail(String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get(key), null));
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
