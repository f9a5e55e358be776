package org.ltcare.web.apply;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ltcare.assessment.ApplicationService;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.shared.BusinessException;
import org.ltcare.web.Page;

/** The confirmation after the wizard: the flow has ended, the application is read back by its id. */
@Named
@ViewScoped
public class ApplicationSubmittedPage extends Page {

    @Inject
    private ApplicationService applications;

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
