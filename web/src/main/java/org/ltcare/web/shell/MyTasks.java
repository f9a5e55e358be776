package org.ltcare.web.shell;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.ltcare.assessment.AssessmentTasks;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.workflow.OpenTask;
import org.ltcare.shared.workflow.TaskListService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The home page: the user's open tasks, one page at a time, oldest due date first. */
@Named
@ViewScoped
public class MyTasks implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which page handles the tasks of which process (the business key is the case id there). */
    private static final Map<String, String> OUTCOMES = Map.of("disability-assessment", "/applications/detail",
            "institution-contracting", "/institutions/contracting-application",
            "rectification-follow-up", "/institutions/profile", "monthly-settlement", "/care/claims");

    @Inject
    private TaskListService taskList;

    @Inject
    private Actor actor;

    @Inject
    private org.ltcare.web.security.CurrentUser currentUser;

    private final LazyDataModel<OpenTask> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) taskList.countOpenTasks(actor);
        }

        @Override
        public List<OpenTask> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                   Map<String, FilterMeta> filterBy) {
            return taskList.openTasks(actor, first, pageSize);
        }

        @Override
        public String getRowKey(OpenTask task) {
            return task.id();
        }
    };

    /** The home page's view action: a user whose work is not tasks goes to their own start page. */
    public String landing() {
        String page = currentUser.landing();
        return page.equals("/home.xhtml") ? null : page.replace(".xhtml", "") + "?faces-redirect=true";
    }

    public LazyDataModel<OpenTask> getModel() {
        return model;
    }

    public String outcomeFor(OpenTask task) {
        if (AssessmentTasks.isOnAssessmentForm(task.taskKey())) {
            return "/assessor/assessment";
        }
        return OUTCOMES.getOrDefault(task.processKey(), "/home");
    }

    public boolean isOverdue(OpenTask task) {
        return task.isOverdue(new Date());
    }
}
