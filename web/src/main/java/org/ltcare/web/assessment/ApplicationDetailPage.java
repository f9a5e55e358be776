package org.ltcare.web.assessment;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ltcare.assessment.ApplicationMaterial;
import org.ltcare.assessment.ApplicationService;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.assessment.RefusalGround;
import org.ltcare.institution.InstitutionService;
import org.ltcare.shared.BusinessException;
import org.ltcare.web.Page;
import org.ltcare.web.files.StoredFiles;
import org.primefaces.model.StreamedContent;

/** One application, and for agency reviewers the acceptance decision (受理 / 不予受理). */
@Named
@ViewScoped
public class ApplicationDetailPage extends Page {

    @Inject
    private ApplicationService applications;

    @Inject
    private InstitutionService institutions;

    private Long id;
    private AssessmentApplication application;
    private RefusalGround refusalGround;
    private String refusalReason;

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

    public String accept() {
        try {
            applications.accept(actor, id);
            return reloaded("application.accepted");
        } catch (BusinessException e) {
            errors.show(e, "decisionForm");
            load();
            return null;
        }
    }

    public String refuse() {
        try {
            applications.refuse(actor, id, refusalGround, refusalReason);
            return reloaded("application.refused");
        } catch (BusinessException e) {
            errors.show(e, "decisionForm");
            load();
            return null;
        }
    }

    /** After a decision the page is loaded anew, so that every part of it (the assessment too) shows the result. */
    private String reloaded(String messageKey) {
        errors.info(messageKey, id);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/applications/detail?faces-redirect=true&id=" + id;
    }

    public boolean isMayDecide() {
        return application != null && applications.mayDecide(actor, application);
    }

    public String getIdNumber() {
        return application == null ? "" : IdDisplay.of(actor, application.getInsured().getIdNumber());
    }

    public String getInstitutionName() {
        if (application == null || application.getCurrentInstitutionId() == null) {
            return "";
        }
        return institutions.publicName(application.getCurrentInstitutionId());
    }

    public StreamedContent download(ApplicationMaterial material) {
        return StoredFiles.download(material.getFileName(), material.getFile().getContentType(), material.getContent());
    }

    public List<RefusalGround> getRefusalGrounds() {
        return List.of(RefusalGround.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AssessmentApplication getApplication() {
        return application;
    }

    public RefusalGround getRefusalGround() {
        return refusalGround;
    }

    public void setRefusalGround(RefusalGround refusalGround) {
        this.refusalGround = refusalGround;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public void setRefusalReason(String refusalReason) {
        this.refusalReason = refusalReason;
    }
}
