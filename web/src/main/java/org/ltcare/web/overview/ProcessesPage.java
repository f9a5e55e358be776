package org.ltcare.web.overview;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.workflow.monitor.FailedJob;
import org.ltcare.shared.workflow.monitor.OverdueTask;
import org.ltcare.shared.workflow.monitor.ProcessMonitor;
import org.ltcare.shared.workflow.monitor.ProcessStep;
import org.ltcare.web.Page;
import org.ltcare.web.i18n.Messages;

/** 流程监控: running processes by step, failed jobs with a retry for administrators, overdue tasks by role. */
@Named
@ViewScoped
public class ProcessesPage extends Page {

    @Inject
    private ProcessMonitor monitor;

    @Inject
    private Messages messages;

    private List<ProcessStep> steps;
    private List<FailedJob> failed;
    private List<OverdueTask> overdue;
    private String stacktrace;

    @PostConstruct
    public void load() {
        steps = monitor.steps(actor);
        failed = monitor.failedJobs(actor);
        overdue = monitor.overdueTasks(actor);
    }

    public void retry(FailedJob job) {
        try {
            Optional<String> error = monitor.retry(actor, job.jobId());
            if (error.isEmpty()) {
                errors.info("monitor.retried", job.jobId());
            } else {
                errors.error("monitor.retryFailed", job.jobId(), error.get());
            }
            stacktrace = null;
            load();
        } catch (BusinessException e) {
            errors.show(e, null);
        }
    }

    public void showStacktrace(FailedJob job) {
        try {
            stacktrace = monitor.stacktrace(actor, job.jobId());
        } catch (BusinessException e) {
            errors.show(e, null);
        }
    }

    /** Overdue tasks counted by role (the role's name in the user's language). */
    public Map<String, Long> getOverdueByRole() {
        Map<String, Long> counts = new TreeMap<>();
        for (OverdueTask task : overdue) {
            counts.merge(roleName(task), 1L, Long::sum);
        }
        return counts;
    }

    public String roleName(OverdueTask task) {
        if (task.role() == null) {
            return messages.get("monitor.noRole");
        }
        String name = messages.get("role." + task.role());
        return name.startsWith("??") ? task.role() : name;
    }

    public boolean isAdmin() {
        return monitor.mayRetry(actor);
    }

    public List<ProcessStep> getSteps() {
        return steps;
    }

    public List<FailedJob> getFailed() {
        return failed;
    }

    public List<OverdueTask> getOverdue() {
        return overdue;
    }

    public String getStacktrace() {
        return stacktrace;
    }
}
