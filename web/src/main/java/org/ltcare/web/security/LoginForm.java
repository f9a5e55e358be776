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
import jakarta.security.enterprise.credential.Password;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ltcare.web.i18n.Messages;

/** The login page: authenticates through the application's mechanism and says clearly why a login failed. */
@Named
@RequestScoped
public class LoginForm {


    @Inject
    private SecurityContext securityContext;

    @Inject
    private Messages messages;

    private String username;
    private String password;

    public String login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new ClientCredential(username, new Password(password),
                                ClientAddress.of(request), true)));
        if (status == AuthenticationStatus.SUCCESS) {
            Object original = request.getSession().getAttribute(LtcAuthenticationMechanism.ORIGINAL_URL);
            request.getSession().removeAttribute(LtcAuthenticationMechanism.ORIGINAL_URL);
            external.redirect(original instanceof String url ? url : external.getRequestContextPath() + "/home.xhtml");
            faces.responseComplete();
            return null;
        }
        // One message for a wrong password, an unknown user and a locked account: the page tells nobody which
        // user names exist.
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("login.failed"), null));
        password = null;
        return null;
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
