package org.ltcare.web.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the process engine answers, which needs the database: served by WildFly's MicroProfile Health
 * on the management port (http://127.0.0.1:9990/health/ready).
 */
@Readiness
@ApplicationScoped
public class PlatformReadiness implements HealthCheck {

    @Inject
    private ProcessEngine engine;

    @Override
    public HealthCheckResponse call() {
        try {
            long definitions = engine.getRepositoryService().createProcessDefinitionQuery().count();
            return HealthCheckResponse.named("ltcare-platform").up()
                    .withData("processDefinitions", definitions).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("ltcare-platform").down()
                    .withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
