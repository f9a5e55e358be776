package org.ltcare.shared.workflow;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;

/** The open tasks of a user: assigned to them, or offered to one of their roles (candidate groups). */
@Stateless
public class TaskListService {

    /** Process variable every model sets at start: what the case is about, for task lists. */
    public static final String SUBJECT_VARIABLE = "insuredName";

    @Inject
    private TaskService taskService;

    @Inject
    private RepositoryService repositoryService;

    @Inject
    private RuntimeService runtimeService;

    public List<OpenTask> openTasks(Actor actor, int first, int max) {
        return query(actor).orderByDueDate().asc().orderByTaskCreateTime().asc()
                .listPage(first, max).stream()
                .map(this::toOpenTask)
                .toList();
    }

    public long countOpenTasks(Actor actor) {
        return query(actor).count();
    }

    private org.camunda.bpm.engine.task.TaskQuery query(Actor actor) {
        List<String> groups = actor.roles().stream().map(Role::name).toList();
        return taskService.createTaskQuery()
                .active()
                .or()
                .taskAssignee(actor.username())
                .taskCandidateGroupIn(groups)
                .endOr()
                .initializeFormKeys();
    }

    private OpenTask toOpenTask(Task task) {
        Object subject = taskService.getVariable(task.getId(), SUBJECT_VARIABLE);
        String processKey = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        String businessKey = runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
        return new OpenTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), processKey, businessKey,
                subject == null ? "" : subject.toString(), task.getCreateTime(), task.getDueDate());
    }
}
