package org.ltcare.it.deployment;

import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Arquillian deploys and undeploys the test archive around every test class; every class of this suite deploys
 * the same WAR ({@code Deployments.application()}), so that cost (≈ 12 s a class: building and uploading a 50 MB
 * archive, indexing it, booting JPA and the process engine) bought nothing. This client-side extension deploys it
 * once, for the first class, and undeploys it after the last.
 */
public class OneDeploymentPerRun implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SharedDeployment.class);
    }
}
