package org.ltcare.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Every rule of {@code care-type-eligibility.dmn} and its boundaries (grade 3/4 for 专护, each indication alone,
 * hospital level against the rule set's minimum, a missing level), table-driven from a CSV of cases.
 */
class CareTypeEligibilityDecisionTest {

  private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static final DmnDecision DECISION = parse();

  private static DmnDecision parse() {
    try (InputStream dmn = CareTypeEligibilityDecisionTest.class.getResourceAsStream("/dmn/care-type-eligibility.dmn")) {
      List<DmnDecision> decisions = ENGINE.parseDecisions(dmn);
      return decisions.stream().filter(d -> d.getKey().equals("careTypeEligibility")).findFirst().orElseThrow();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/dmn/care-type-eligibility-cases.csv")
  void decides(String description, String careType, boolean entitled, int grade, boolean tracheostomy,
               boolean indwellingTube, boolean pressureInjury34, boolean continuousMedicalNursing,
               String institutionKind, Integer hospitalLevel, int minimumHospitalLevel, boolean eligible,
               String reason) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("careType", careType);
    variables.put("entitled", entitled);
    variables.put("grade", grade);
    variables.put("tracheostomy", tracheostomy);
    variables.put("indwellingTube", indwellingTube);
    variables.put("pressureInjury34", pressureInjury34);
    variables.put("continuousMedicalNursing", continuousMedicalNursing);
    variables.put("institutionKind", institutionKind);
    variables.put("hospitalLevel", hospitalLevel);
    variables.put("minimumHospitalLevel", minimumHospitalLevel);

    DmnDecisionResultEntries result = ENGINE.evaluateDecision(DECISION, variables).getSingleResult();

    assertThat(result.<Boolean>getEntry("eligible")).isEqualTo(eligible);
    assertThat(result.<String>getEntry("reason")).isEqualTo(reason);
  }
}
