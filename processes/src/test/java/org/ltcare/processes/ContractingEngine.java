package org.ltcare.processes;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * An in-memory engine for the contracting and rectification models. Their service tasks call beans of the ejb
 * module (lapsing an application, opening a renewal, ending an agreement), which the Arquillian tests run for
 * real; here stand-ins count the calls, so a test can tell which path ran.
 */
final class ContractingEngine {

  static int lapses;
  static int renewalsOpened;
  static int expiries;

  private static final ProcessEngine ENGINE = build();

  private ContractingEngine() {
  }

  static ProcessEngineExtension extension() {
    return ProcessEngineExtension.builder().useProcessEngine(ENGINE).ensureCleanAfterTest(true).build();
  }

  static ProcessEngine engine() {
    return ENGINE;
  }

  static void resetCounts() {
    lapses = 0;
    renewalsOpened = 0;
    expiries = 0;
  }

  private static ProcessEngine build() {
    StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
    config.setProcessEngineName("contracting-test")
        .setJdbcUrl("jdbc:h2:mem:contracting-test;DB_CLOSE_DELAY=1000")
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
        .setHistory(ProcessEngineConfiguration.HISTORY_AUDIT)
        .setJobExecutorActivate(false);
    JavaDelegate lapse = execution -> lapses++;
    JavaDelegate opening = execution -> renewalsOpened++;
    JavaDelegate expiry = execution -> expiries++;
    config.setBeans(Map.of("contractingLapse", lapse, "renewalOpening", opening, "agreementExpiry", expiry));
    config.setTaskMetricsEnabled(false);
    return config.buildProcessEngine();
  }
}
