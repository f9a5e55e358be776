package org.ltcare.web.apply;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.ltcare.assessment.ApplicationService;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.security.Actor;
import org.ltcare.web.i18n.FacesErrors;

/** The confirmation after the wizard: the flow has ended, the application is read back by its id. */
@Named
@ViewScoped
public class ApplicationSubmittedPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationService applications;

    @Inject
    private Actor actor;

    @Inject
    private FacesErrors errors;

    private Long id;
    /** Read again on every GET; the page has no postback that needs it. */
    private transient AssessmentApplication application;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            application = applications.find(actor, id);
        } catch (BusinessException e) {
            errors.refuse(e);
        }
    }

    public AssessmentApplication getApplication() {
        return application;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
