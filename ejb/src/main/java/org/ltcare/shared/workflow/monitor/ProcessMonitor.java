package org.ltcare.shared.workflow.monitor;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.management.IncidentStatistics;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.ltcare.shared.FormText;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;

/**
 * Process monitoring for the bureau (issue 9), on the engine's public API: running instances by process and step,
 * failed jobs with their errors (incidents once the retries are spent), overdue user tasks by role; an
 * administrator retries a failed job — it runs at once, and the outcome is shown and audited. Without a
 * transaction of its own: each engine call is one, and a retry that fails again leaves its failure recorded.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProcessMonitor {

    private static final int ERROR_LENGTH = 500;

    @Inject
    private ManagementService management;

    @Inject
    private RepositoryService repository;

    @Inject
    private RuntimeService runtime;

    @Inject
    private TaskService tasks;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** Every step with running instances, by process (the latest version's name) and step. */
    public List<ProcessStep> steps(Actor actor) {
        actor.requireBureau("monitor.read");
        Map<String, ProcessStep> byStep = new HashMap<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().active().list()) {
            var model = repository.getBpmnModelInstance(definition.getId());
            for (ActivityStatistics statistics : management.createActivityStatisticsQuery(definition.getId())
                    .includeFailedJobs().includeIncidents().list()) {
                FlowElement element = model.getModelElementById(statistics.getId());
                String name = element == null || element.getName() == null ? statistics.getId() : element.getName();
                long incidents = statistics.getIncidentStatistics().stream()
                        .mapToLong(IncidentStatistics::getIncidentCount).sum();
                byStep.merge(definition.getKey() + "/" + statistics.getId(),
                        new ProcessStep(definition.getKey(), processName(definition), statistics.getId(), name,
                                statistics.getInstances(), statistics.getFailedJobs(), incidents),
                        (a, b) -> new ProcessStep(a.processKey(), a.processName(), a.activityId(), a.activityName(),
                                a.instances() + b.instances(), a.failedJobs() + b.failedJobs(),
                                a.incidents() + b.incidents()));
            }
        }
        return byStep.values().stream().sorted(Comparator.comparing(ProcessStep::processKey)
                .thenComparing(ProcessStep::activityName)).toList();
    }

    /** Jobs that failed, those without retries left (incidents) first. */
    public List<FailedJob> failedJobs(Actor actor) {
        actor.requireBureau("monitor.read");
        List<FailedJob> failed = new ArrayList<>();
        for (Job job : management.createJobQuery().withException().list()) {
            failed.add(failedJob(job));
        }
        failed.sort(Comparator.comparingInt(FailedJob::retries).thenComparing(FailedJob::jobId));
        return failed;
    }

    /** The full stack trace of a failed job, for the administrator who investigates. */
    public String stacktrace(Actor actor, String jobId) {
        requireAdmin(actor);
        find(jobId);
        return management.getJobExceptionStacktrace(jobId);
    }

    /**
     * Gives a failed job one retry and runs it now. An empty result means it ran; otherwise the error (the job is
     * back among the failed ones, its incident raised again).
     */
    public Optional<String> retry(Actor actor, String jobId) {
        requireAdmin(actor);
        Job job = find(jobId);
        management.setJobRetries(jobId, 1);
        Optional<String> error;
        try {
            management.executeJob(jobId);
            error = Optional.empty();
        } catch (RuntimeException e) {
            error = Optional.of(FormText.cut(String.valueOf(e.getMessage()), ERROR_LENGTH));
        }
        audit.record(actor, "RETRY_JOB", null, new JobRetry(jobId, job.getProcessInstanceId(),
                error.map(e -> "FAILED: " + e).orElse("EXECUTED")));
        return error;
    }

    /** User tasks past their due date, one row per role that may take each (or none). */
    public List<OverdueTask> overdueTasks(Actor actor) {
        actor.requireBureau("monitor.read");
        Date now = Date.from(clock.instant());
        Map<String, String> keys = new HashMap<>();
        List<OverdueTask> overdue = new ArrayList<>();
        for (Task task : tasks.createTaskQuery().active().dueBefore(now).orderByDueDate().asc().list()) {
            String key = keys.computeIfAbsent(task.getProcessDefinitionId(),
                    id -> repository.getProcessDefinition(id).getKey());
            List<String> roles = tasks.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(IdentityLink::getGroupId).toList();
            for (String role : roles.isEmpty() ? java.util.Collections.<String>singletonList(null) : roles) {
                overdue.add(new OverdueTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), key, role, task.getAssignee(),
                        task.getDueDate().toInstant()));
            }
        }
        return overdue;
    }

    private FailedJob failedJob(Job job) {
        String businessKey = job.getProcessInstanceId() == null ? null
                : Optional.ofNullable(runtime.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId())
                        .singleResult()).map(ProcessInstance::getBusinessKey).orElse(null);
        return new FailedJob(job.getId(), job.getProcessDefinitionKey(), activityOf(job), job.getProcessInstanceId(),
                businessKey, job.getRetries(), FormText.cut(String.valueOf(job.getExceptionMessage()), ERROR_LENGTH),
                job.getDuedate() == null ? null : job.getDuedate().toInstant());
    }

    /** The step a job belongs to, from its incident or its execution's current activity. */
    private String activityOf(Job job) {
        var incident = runtime.createIncidentQuery().configuration(job.getId()).list();
        if (!incident.isEmpty()) {
            return incident.get(0).getActivityId();
        }
        if (job.getExecutionId() == null) {
            return null;
        }
        var execution = runtime.createExecutionQuery().executionId(job.getExecutionId()).singleResult();
        return execution == null ? null : runtime.getActiveActivityIds(execution.getId()).stream().findFirst()
                .orElse(null);
    }

    private Job find(String jobId) {
        Job job = jobId == null ? null : management.createJobQuery().jobId(jobId).singleResult();
        if (job == null) {
            throw new NotFoundException("Job", jobId);
        }
        return job;
    }

    private static String processName(ProcessDefinition definition) {
        return definition.getName() == null ? definition.getKey() : definition.getName();
    }

    /** Whether the actor may retry a failed job (system administrators: the check {@code retry} makes). */
    public boolean mayRetry(Actor actor) {
        return actor.has(Role.SYSTEM_ADMIN);
    }

    private void requireAdmin(Actor actor) {
        if (!mayRetry(actor)) {
            throw new AccessDeniedException("monitor.retry.denied");
        }
    }
}
