package org.ltcare.shared.workflow;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
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
    private static final Map<String, String> PROCESS_KEYS = new ConcurrentHashMap<>();

    @Inject
    private TaskService taskService;

    @Inject
    private RepositoryService repositoryService;

    @Inject
    private RuntimeService runtimeService;

    /**
     * A page of the user's open tasks. What each row shows besides the task — its case's subject and business key,
     * its process, how its due date was counted — is read for the whole page in three statements (four commands per
     * row before: a bureau user's 我的待办 on a city's data took seconds).
     */
    public List<OpenTask> openTasks(Actor actor, int first, int max) {
        List<Task> tasks = query(actor).orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(first, max);
        if (tasks.isEmpty()) {
            return List.of();
        }
        Set<String> instances = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> businessKeys = new HashMap<>();
        runtimeService.createProcessInstanceQuery().processInstanceIds(instances).list()
                .forEach(instance -> businessKeys.put(instance.getId(), instance.getBusinessKey()));
        Set<String> names = new HashSet<>(Set.of(SUBJECT_VARIABLE));
        tasks.forEach(task -> dueVariableOf(task).ifPresent(variable -> names.add(TaskDues.howOf(variable))));
        List<VariableInstance> variables = runtimeService.createVariableInstanceQuery()
                .processInstanceIdIn(instances.toArray(String[]::new)).variableNameIn(names.toArray(String[]::new))
                .list();
        return tasks.stream().map(task -> {
            Object subject = valueFor(task, SUBJECT_VARIABLE, variables);
            DeadlineExplanation dueHow = task.getDueDate() == null ? null : dueVariableOf(task)
                    .map(variable -> TaskDues.explanationOf(valueFor(task, TaskDues.howOf(variable), variables)))
                    .orElse(null);
            return new OpenTask(task.getId(), task.getName(), task.getTaskDefinitionKey(),
                    processKeyOf(task.getProcessDefinitionId()), businessKeys.get(task.getProcessInstanceId()),
                    subject == null ? "" : subject.toString(), task.getCreateTime(), task.getDueDate(), dueHow);
        }).toList();
    }

    /**
     * The value the task would read ({@code TaskService.getVariable}'s order for our models): its own local variable,
     * else its execution's, else its process instance's.
     */
    private static Object valueFor(Task task, String name, List<VariableInstance> variables) {
        Object executionValue = null;
        Object instanceValue = null;
        for (VariableInstance variable : variables) {
            if (!variable.getName().equals(name) || !task.getProcessInstanceId().equals(variable.getProcessInstanceId())) {
                continue;
            }
            if (task.getId().equals(variable.getTaskId())) {
                return variable.getValue();
            }
            if (variable.getTaskId() == null && task.getExecutionId().equals(variable.getExecutionId())) {
                executionValue = variable.getValue();
            } else if (variable.getTaskId() == null && task.getProcessInstanceId().equals(variable.getExecutionId())) {
                instanceValue = variable.getValue();
            }
        }
        return executionValue != null ? executionValue : instanceValue;
    }

    /** A definition's process key; a deployed definition never changes, so kept. */
    private String processKeyOf(String definitionId) {
        return PROCESS_KEYS.computeIfAbsent(definitionId,
                id -> repositoryService.getProcessDefinition(id).getKey());
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

    private Optional<String> dueVariableOf(Task task) {
        return task.getDueDate() == null ? Optional.empty()
                : dueVariableOf(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
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
