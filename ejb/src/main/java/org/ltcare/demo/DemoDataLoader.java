package org.ltcare.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * Loads the demo data when the environment says LTC_DEMO_DATA=true (the run command and the integration
 * tests do; a production server never does). Loads once: a database that already has users is left alone, and the
 * half year of care and settlement ({@link DemoCareHistory}) is added once.
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

    @Inject
    private DemoCareHistory careHistory;

    /** Without a transaction of its own: each step commits before the next reads it (the history needs that). */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
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
        try {
            careHistory.ensure();
        } catch (RuntimeException e) {
            // The application is usable without it; the settlement pages are then empty in the demo.
            LOG.log(Level.SEVERE, "Demo data: the history of care could not be loaded", e);
        }
    }
}
