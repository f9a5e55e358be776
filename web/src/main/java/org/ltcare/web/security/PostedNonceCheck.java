package org.ltcare.web.security;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A post must bring back the CSP nonce its page was written with ({@code primefaces.nonce}; PrimeFaces' script
 * adds it). PrimeFaces itself compares only before rendering the answer — after the action has run — and then fails
 * with a 500. This asks the same question before anything is applied, and answers 400: a post that is not from our
 * page changes nothing.
 */
public class PostedNonceCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final String NONCE = "primefaces.nonce";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() || faces.getViewRoot() == null || faces.getResponseComplete()) {
            return;
        }
        Map<String, Object> view = faces.getViewRoot().getViewMap(false);
        Object expected = view == null ? null : view.get(NONCE);
        if (expected != null && !expected.equals(faces.getExternalContext().getRequestParameterMap().get(NONCE))) {
            try {
                faces.getExternalContext().responseSendError(HttpServletResponse.SC_BAD_REQUEST, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing before the view is restored: the nonce it expects is in it.
    }
}
