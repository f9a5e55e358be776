package org.ltcare.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * Loads the demo data when the environment says LTC_DEMO_DATA=true (the run command and the integration
 * tests do; a production server never does). Loads once: a database that already has users is left alone.
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private DemoData demoData;

    @PostConstruct
    void load() {
        if (!"true".equalsIgnoreCase(System.getenv("LTC_DEMO_DATA"))) {
            return;
        }
        if (accounts.countUsers() > 0) {
            LOG.info("Demo data: already present, left as it is");
        } else {
            demoData.load();
            LOG.info("Demo data loaded");
        }
        // Separately, so that a data directory made by an older version gets what was added since.
        demoData.ensureLoginsAndAssessors();
        demoData.ensureAssessorRelations();
        demoData.ensureInstitutionProfiles();
        demoData.ensureReferenceRuleSet();
        demoData.ensureCareWorkers();
    }
}
