package org.ltcare.shared.workflow;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jakarta.transaction.TransactionManager;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.flywaydb.core.Flyway;
import org.ltcare.shared.crypto.EncryptionMaintenance;

/**
 * Brings the platform up in order: database migrations first, the encryption of sensitive columns brought up to
 * the current key, then the embedded process engine, then the process models. This is the one class allowed to touch the engine's {@code impl} package (its configuration
 * class); everything else uses the public API, so a move to Operaton stays a package rename.
 *
 * <p>History level {@code audit}: process, activity and task instances and the final values of variables are
 * kept, which the case timeline and process monitoring need. Our own audit_log records every business change
 * with before/after, so the engine's {@code full} level (every variable update) would only duplicate it.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class PlatformStartup {

    /** Every model the engine runs, from the processes jar. */
    static final List<String> PROCESS_MODELS = List.of("bpmn/disability-assessment.bpmn",
            "bpmn/institution-contracting.bpmn", "bpmn/rectification-follow-up.bpmn", "bpmn/care-assignment.bpmn",
            "bpmn/monthly-settlement.bpmn");

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Resource(lookup = "java:jboss/datasources/MySQLDS")
    private DataSource dataSource;

    @Resource(lookup = "java:jboss/TransactionManager")
    private TransactionManager transactionManager;

    @Inject
    private BeanManager beanManager;

    private ProcessEngine engine;

    @PostConstruct
    void start() {
        migrateDatabase();
        // Before anything reads them: sensitive columns encrypted with the current key (and the keys checked).
        EncryptionMaintenance.run(dataSource);
        engine = buildEngine();
        deployModels();
        LOG.info("LTC platform started: database migrated, process engine '" + engine.getName() + "' running");
    }

    @PreDestroy
    void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    public ProcessEngine engine() {
        return engine;
    }

    /**
     * The server's Jakarta Batch job repository (JBeret, JDBC) creates its tables in our schema before the first
     * deployment, so a new database is not empty when Flyway first sees it: an empty-history baseline at version 0
     * lets every migration from V1 run then. A database with a history is migrated as before.
     */
    private void migrateDatabase() {
        var result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info("Flyway: " + result.migrationsExecuted + " migration(s) applied, schema at "
                + result.targetSchemaVersion);
    }

    private ProcessEngine buildEngine() {
        JakartaTransactionProcessEngineConfiguration config = new JakartaTransactionProcessEngineConfiguration();
        config.setProcessEngineName("ltcare");
        config.setDataSource(dataSource);
        config.setTransactionManager(transactionManager);
        config.setTransactionsExternallyManaged(true);
        config.setDatabaseSchemaUpdate("true");
        config.setHistory("audit");
        // The history's removal time is set when an instance starts (its time to live counted from then), not at
        // its end — at the end the engine would update every history table of the instance (issue 23: a dozen
        // updates per approved claim).
        config.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_START);
        config.setJobExecutorActivate(true);
        config.setJdbcBatchProcessing(true);
        // Delegates and listeners named in the models are CDI beans looked up by name.
        config.setBeans(new CdiBeans(beanManager));
        return config.buildProcessEngine();
    }

    private void deployModels() {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name("ltcare-processes")
                .enableDuplicateFiltering(true);
        PROCESS_MODELS.forEach(deployment::addClasspathResource);
        deployment.deploy();
    }
}
