package org.ltcare.institution.contracting.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The process variable naming the application (or renewal) the contracting process is about. */
final class Contracting {

    static final String ID = "contractingId";

    private Contracting() {
    }

    static long idOf(DelegateExecution execution) {
        return ((Number) execution.getVariable(ID)).longValue();
    }
}
