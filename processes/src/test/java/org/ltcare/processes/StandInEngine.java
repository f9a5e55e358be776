package org.ltcare.processes;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * An in-memory engine for the contracting, rectification, care-assignment and settlement models. Their service tasks call
 * beans of the ejb module (lapsing an application, opening a renewal, ending an agreement, checking an expired
 * conclusion, a claim's correction lapsing), which the Arquillian tests run for real; here stand-ins count the
 * calls and answer as the test chooses, so a test can tell which path ran.
 */
final class StandInEngine {

  static int lapses;
  static int renewalsOpened;
  static int expiries;
  static int conclusionChecks;
  static int correctionLapses;
  /** What the conclusion-expiry stand-in answers: a newer entitled conclusion exists (with this end) or not. */
  static java.util.Date newConclusionEndsAt;

  private static final ProcessEngine ENGINE = build();

  private StandInEngine() {
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
    conclusionChecks = 0;
    correctionLapses = 0;
    newConclusionEndsAt = null;
  }

  private static ProcessEngine build() {
    StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
    config.setProcessEngineName("stand-in-test")
        .setJdbcUrl("jdbc:h2:mem:stand-in-test;DB_CLOSE_DELAY=1000")
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
        .setHistory(ProcessEngineConfiguration.HISTORY_AUDIT)
        .setJobExecutorActivate(false);
    JavaDelegate lapse = execution -> lapses++;
    JavaDelegate opening = execution -> renewalsOpened++;
    JavaDelegate expiry = execution -> expiries++;
    JavaDelegate conclusionExpiry = execution -> {
      conclusionChecks++;
      execution.setVariable("stillEntitled", newConclusionEndsAt != null);
      if (newConclusionEndsAt != null) {
        execution.setVariable("conclusionEndsAt", newConclusionEndsAt);
      }
    };
    JavaDelegate correctionLapse = execution -> correctionLapses++;
    config.setBeans(Map.of("contractingLapse", lapse, "renewalOpening", opening, "agreementExpiry", expiry,
        "conclusionExpiry", conclusionExpiry, "claimCorrectionLapse", correctionLapse));
    config.setTaskMetricsEnabled(false);
    return config.buildProcessEngine();
  }
}
