package org.ltcare.shared.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/** Makes the engine's public services injectable. */
@ApplicationScoped
public class ProcessEngineServices {

    @Inject
    private PlatformStartup platform;

    @Produces
    ProcessEngine engine() {
        return platform.engine();
    }

    @Produces
    RuntimeService runtimeService() {
        return platform.engine().getRuntimeService();
    }

    @Produces
    TaskService taskService() {
        return platform.engine().getTaskService();
    }

    @Produces
    HistoryService historyService() {
        return platform.engine().getHistoryService();
    }

    @Produces
    RepositoryService repositoryService() {
        return platform.engine().getRepositoryService();
    }

    @Produces
    ManagementService managementService() {
        return platform.engine().getManagementService();
    }

    @Produces
    IdentityService identityService() {
        return platform.engine().getIdentityService();
    }
}
