package org.ltcare.web.publicform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Base64;
import org.ltcare.web.i18n.FacesErrors;
import org.ltcare.web.i18n.Messages;
import org.ltcare.web.security.ClientAddress;

/**
 * The human check and the submission limit of one public form on its page (WEB-INF/templates/human-check.xhtml):
 * the page's action asks {@link #admit} first and does nothing else when it answers false — the message is then
 * on the page and a new picture is drawn.
 */
@Named
@ViewScoped
public class HumanCheckField implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HumanChecks checks;

    @Inject
    private PublicFormLimiter limiter;

    @Inject
    private FacesErrors errors;

    @Inject
    private Messages messages;

    private String challenge;
    private String answer;

    /** Whether this submission of {@code form} may go on: within the client's limit and the check passed. */
    public boolean admit(String form, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String client = ClientAddress.of((HttpServletRequest) faces.getExternalContext().getRequest());
        boolean passed;
        if (!limiter.admit(form, client)) {
            errors.error("publicForm.tooMany", PublicFormLimiter.WINDOW.toMinutes());
            passed = false;
        } else {
            passed = checks.passes(challenge, answer);
            if (!passed) {
                faces.addMessage(formId + ":humanCheckAnswer", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        messages.format("publicForm.check.wrong"), null));
            }
        }
        challenge = null;
        answer = null;
        return passed;
    }

    public String getChallenge() {
        if (challenge == null) {
            challenge = checks.issue();
        }
        return challenge;
    }

    public void setChallenge(String challenge) {
        // The id comes back with the form; only the one this view issued counts (a posted one is ignored).
    }

    /** The picture as a data: URL, so that it needs no second request. */
    public String getPicture() {
        byte[] png = checks.picture(getChallenge());
        if (png == null) {
            challenge = null;
            png = checks.picture(getChallenge());
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
