package org.ltcare.it;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ltcare.it.server.ServerCall;

/**
 * What every integration test class shares: Arquillian, the application's deployment (one for the whole run, see
 * {@code deployment.OneDeploymentPerRun}) and its URL for the browser and API steps.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class IntegrationTest {

    @ArquillianResource
    protected URL baseUrl;

    /**
     * Runs {@code method} of this test class (String parameters, answering a value, an array or a list of lines) in
     * the server with its {@code @Inject} fields filled: a browser test builds its data and checks what the browser
     * stored this way, within one test method.
     */
    protected List<String> onServer(String method, Object... args) {
        return ServerCall.call(baseUrl, getClass(), method, args);
    }

    @jakarta.inject.Inject
    TestLogins testLogins;

    /** In the server: see {@link #ownLoginLike}. */
    public String loginLike(String demoUser) {
        return testLogins.like(demoUser);
    }

    /**
     * A login of this test's own (password "test") with the organisation and roles of the demo's {@code demoUser},
     * second factor included: for browser tests that act as the bureau (see {@link TestLogins}).
     */
    protected String ownLoginLike(String demoUser) {
        return onServer("loginLike", demoUser).get(0);
    }

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }
}
