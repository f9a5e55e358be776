package org.ltcare.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.ltcare.assessment.ApplicationService;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.shared.security.Actor;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The applications the user may see (institutions: their own), newest first, one page at a time. */
@Named
@ViewScoped
public class ApplicationListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationService applications;

    @Inject
    private Actor actor;

    @Inject
    private org.ltcare.web.i18n.FacesErrors errors;

    /** The page's access check: a role that sees no cases gets 403. */
    public void load() {
        try {
            applications.requireCaseReader(actor);
        } catch (org.ltcare.shared.BusinessException e) {
            errors.refuse(e);
        }
    }

    private final LazyDataModel<AssessmentApplication> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) applications.count(actor);
        }

        @Override
        public List<AssessmentApplication> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                                Map<String, FilterMeta> filterBy) {
            return applications.list(actor, first, pageSize);
        }

        @Override
        public String getRowKey(AssessmentApplication application) {
            return String.valueOf(application.getId());
        }
    };

    public LazyDataModel<AssessmentApplication> getModel() {
        return model;
    }

    public String idNumberOf(AssessmentApplication application) {
        return IdDisplay.of(actor, application.getInsured().getIdNumber());
    }
}
