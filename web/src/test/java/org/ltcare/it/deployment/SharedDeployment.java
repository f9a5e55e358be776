package org.ltcare.it.deployment;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * Keeps the first test class's deployment for every later class: their deployment scenario is that one (so
 * {@code @ArquillianResource URL} and the in-container runner reach the same deployment), their own deploy and
 * undeploy are skipped, and the deployment is undeployed once before the server stops. Every class must declare
 * the same testable deployment — classes whose methods all run on the client say so with {@code @RunAsClient}.
 */
public class SharedDeployment {

    @Inject
    @ClassScoped
    private InstanceProducer<DeploymentScenario> scenario;

    @Inject
    private Instance<ClassContext> classContext;

    @Inject
    private Event<UnDeployManagedDeployments> undeploy;

    private DeploymentScenario deployed;
    private Class<?> deployedFor;
    private boolean finishing;

    public void reuse(@Observes EventContext<GenerateDeployment> generation) {
        if (deployed == null) {
            generation.proceed();
        } else {
            scenario.set(deployed);
        }
    }

    public void deployOnce(@Observes EventContext<DeployManagedDeployments> deployment) {
        if (deployed != null) {
            return;
        }
        deployment.proceed();
        // Set only after the deployment succeeded: a failed one is tried again by the next class.
        deployed = scenario.get();
        deployedFor = classContext.get().getActiveId();
    }

    public void keepUntilTheEnd(@Observes EventContext<UnDeployManagedDeployments> undeployment) {
        if (finishing) {
            undeployment.proceed();
        }
    }

    /** Undeploys before the suite's containers stop, so the server's configuration keeps no deployment. */
    public void undeployAtTheEnd(@Observes EventContext<AfterSuite> end) {
        try {
            if (deployed != null) {
                undeployInTheFirstClassContext();
            }
        } finally {
            end.proceed();
        }
    }

    private void undeployInTheFirstClassContext() {
        ClassContext context = classContext.get();
        context.activate(deployedFor);
        try {
            scenario.set(deployed);
            finishing = true;
            undeploy.fire(new UnDeployManagedDeployments());
        } finally {
            context.deactivate();
            context.destroy(deployedFor);
        }
    }
}
