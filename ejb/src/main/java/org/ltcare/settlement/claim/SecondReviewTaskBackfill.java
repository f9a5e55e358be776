package org.ltcare.settlement.claim;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.ltcare.shared.model.Stamp;
import org.ltcare.shared.workflow.TaskListService;

/**
 * Claims that reached their second review before the first reviewer was recorded in the workflow
 * ({@link TaskListService#NOT_FOR_USER}) get it at start-up from the claim itself; without it the task list would
 * offer their second review to nobody. Idempotent: a claim that has it is left alone.
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
public class SecondReviewTaskBackfill {

    private static final Logger LOG = Logger.getLogger(SecondReviewTaskBackfill.class.getName());

    @Inject
    private TaskService tasks;

    @Inject
    private RuntimeService runtime;

    @Inject
    private ClaimRepository claims;

    @PostConstruct
    void backfill() {
        int filled = 0;
        for (Task task : tasks.createTaskQuery().processDefinitionKey(ClaimProcess.KEY)
                .taskDefinitionKeyIn(TaskListService.SECOND_PERSON_TASKS).list()) {
            String instance = task.getProcessInstanceId();
            if (runtime.getVariable(instance, TaskListService.NOT_FOR_USER) != null) {
                continue;
            }
            String businessKey = runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult()
                    .getBusinessKey();
            String firstReviewer = claims.find(Long.parseLong(businessKey)).map(c -> Stamp.byOf(c.getFirstReviewed()))
                    .orElse("");
            runtime.setVariable(instance, TaskListService.NOT_FOR_USER, firstReviewer == null ? "" : firstReviewer);
            filled++;
        }
        if (filled > 0) {
            LOG.info("Four eyes: recorded the first reviewer on " + filled + " claim(s) waiting for their second review");
        }
    }
}
