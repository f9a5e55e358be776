package org.ltcare.shared.workflow;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.ltcare.shared.calendar.DeadlineExplanation;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;

/**
 * The open tasks of a user: assigned to them, offered to them (candidate users) or to one of their roles (candidate
 * groups) — except a task that must be another person's than theirs.
 */
@Stateless
public class TaskListService {

    /** Process variable every model sets at start: what the case is about, for task lists. */
    public static final String SUBJECT_VARIABLE = "insuredName";

    /**
     * Process variable naming the user who may not take the next of the {@link #SECOND_PERSON_TASKS} (four eyes: the
     * first reviewer of a claim); its process sets it before such a task begins.
     */
    public static final String NOT_FOR_USER = "notForUser";

    /** Tasks that must be another person's than {@link #NOT_FOR_USER}: they are not offered to that user. */
    public static final String[] SECOND_PERSON_TASKS = {"Task_SecondReview"};

    private static final Map<String, Optional<String>> DUE_VARIABLES = new ConcurrentHashMap<>();

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
                // the assessors drawn to a round are the on-site task's candidate users (camunda:candidateUsers)
                .taskCandidateUser(actor.username())
                .taskCandidateGroupIn(groups)
                .endOr()
                .or()
                .taskDefinitionKeyNotIn(SECOND_PERSON_TASKS)
                .processVariableValueNotEquals(NOT_FOR_USER, actor.username())
                .endOr()
                .initializeFormKeys();
    }

    private OpenTask toOpenTask(Task task) {
        Object subject = taskService.getVariable(task.getId(), SUBJECT_VARIABLE);
        String processKey = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        String businessKey = runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
        return new OpenTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), processKey, businessKey,
                subject == null ? "" : subject.toString(), task.getCreateTime(), task.getDueDate(), dueHowOf(task));
    }

    private DeadlineExplanation dueHowOf(Task task) {
        if (task.getDueDate() == null) {
            return null;
        }
        return dueVariableOf(task.getProcessDefinitionId(), task.getTaskDefinitionKey())
                .map(variable -> TaskDues.explanationOf(taskService.getVariable(task.getId(), TaskDues.howOf(variable))))
                .orElse(null);
    }

    /** The variable the task's model reads its due date from; a deployed definition never changes, so kept. */
    private Optional<String> dueVariableOf(String definitionId, String taskKey) {
        return DUE_VARIABLES.computeIfAbsent(definitionId + "/" + taskKey, key -> {
            ModelElementInstance element = repositoryService.getBpmnModelInstance(definitionId)
                    .getModelElementById(taskKey);
            return element instanceof UserTask userTask ? TaskDues.variableOf(userTask.getCamundaDueDate())
                    : Optional.empty();
        });
    }
}
