package org.ltcare.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration test class shares: Arquillian, the application's deployment (one for the whole run, see
 * {@code deployment.OneDeploymentPerRun}) and its URL for the browser and API steps.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class IntegrationTest {

    @ArquillianResource
    protected URL baseUrl;

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }
}
