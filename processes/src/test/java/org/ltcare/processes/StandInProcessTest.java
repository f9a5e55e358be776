package org.ltcare.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;

import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What every test of a model on the stand-in engine shares: the engine, bound to the assertions, counts reset. */
abstract class StandInProcessTest {

  @RegisterExtension
  ProcessEngineExtension extension = StandInEngine.extension();

  @BeforeEach
  void bind() {
    init(StandInEngine.engine());
    StandInEngine.resetCounts();
  }

  @AfterEach
  void unbind() {
    reset();
  }
}
