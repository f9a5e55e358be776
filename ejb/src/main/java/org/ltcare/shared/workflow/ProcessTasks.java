package org.ltcare.shared.workflow;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.security.Actor;

/**
 * How services move a case's process on: they complete its waiting task (or deliver a message) in their own
 * transaction, as the acting user, so the engine's history records who did it.
 */
@Stateless
public class ProcessTasks {

    @Inject
    private TaskService tasks;

    @Inject
    private RuntimeService runtime;

    @Inject
    private IdentityService identity;

    public Optional<Task> waiting(String processInstanceId, String taskKey) {
        return Optional.ofNullable(tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskKey).singleResult());
    }

    /**
     * @throws BusinessException "process.taskNotWaiting" when the case is not at that step (e.g. someone else
     *         completed it a moment ago): the caller's changes are rolled back with it
     */
    public void complete(Actor actor, String processInstanceId, String taskKey, Map<String, Object> variables) {
        Task task = waiting(processInstanceId, taskKey)
                .orElseThrow(() -> new BusinessException("process.taskNotWaiting", taskKey));
        asUser(actor, () -> {
            tasks.complete(task.getId(), variables);
            return null;
        });
    }

    public void correlate(Actor actor, String processInstanceId, String message, Map<String, Object> variables) {
        asUser(actor, () -> runtime.createMessageCorrelation(message).processInstanceId(processInstanceId)
                .setVariables(variables).correlateWithResult());
    }

    /** Whether the case's process waits for that message now (an event-based gateway or a catch event). */
    public boolean subscribed(String processInstanceId, String message) {
        return processInstanceId != null && runtime.createEventSubscriptionQuery().processInstanceId(processInstanceId)
                .eventType("message").eventName(message).count() > 0;
    }

    public void setVariable(String processInstanceId, String name, Object value) {
        runtime.setVariable(processInstanceId, name, value);
    }

    public <T> T asUser(Actor actor, Supplier<T> work) {
        identity.setAuthenticatedUserId(actor.username());
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
