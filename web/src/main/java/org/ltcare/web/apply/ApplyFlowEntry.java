package org.ltcare.web.apply;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.application.ConfigurableNavigationHandler;
import jakarta.faces.application.NavigationCase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.flow.FlowHandler;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Makes a plain GET of a wizard page (a bookmark, the navigation link {@code /apply/apply}, a new browser tab)
 * enter the flow "apply" at its start instead of failing for want of an active flow: the flow is entered only
 * through its flow-call parameters, which this redirect adds. A later step opened before the insured person
 * was found goes back to the first step.
 */
@Named
@RequestScoped
public class ApplyFlowEntry {

    /** Looked up only inside the flow: outside it, its scope is not active. */
    @Inject
    private Instance<ApplicationWizard> wizard;

    /** For the start page. */
    public void enterIfOutside() throws IOException {
        if (!isInFlow()) {
            redirectToEntry();
        }
    }

    /** For the later steps: the outcome of the first step when there is nothing to continue. */
    public String resume() throws IOException {
        if (!isInFlow()) {
            redirectToEntry();
            return null;
        }
        return wizard.get().getInsured() == null ? ApplicationWizard.STEP_INSURED : null;
    }

    private static boolean isInFlow() {
        FacesContext faces = FacesContext.getCurrentInstance();
        FlowHandler flows = faces.getApplication().getFlowHandler();
        return flows == null || flows.getCurrentFlow(faces) != null;
    }

    private static void redirectToEntry() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ConfigurableNavigationHandler navigation =
                (ConfigurableNavigationHandler) faces.getApplication().getNavigationHandler();
        NavigationCase entry = navigation.getNavigationCase(faces, null, ApplicationWizard.FLOW_ID);
        Map<String, List<String>> flowCall = Map.of(
                FlowHandler.TO_FLOW_DOCUMENT_ID_REQUEST_PARAM_NAME, List.of(entry.getToFlowDocumentId()),
                FlowHandler.FLOW_ID_REQUEST_PARAM_NAME, List.of(ApplicationWizard.FLOW_ID));
        String url = faces.getApplication().getViewHandler()
                .getBookmarkableURL(faces, entry.getToViewId(faces), flowCall, false);
        faces.getExternalContext().redirect(url);
        faces.responseComplete();
    }
}
