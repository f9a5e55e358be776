package org.ltcare.assessment.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ltcare.assessment.ConclusionService;

/** Issues the conclusion of the case's latest approved round and hands the process its later dates. */
@ApplicationScoped
@Named("conclusionIssuing")
public class ConclusionIssuing implements JavaDelegate {

    @Inject
    private ConclusionService conclusions;

    @Override
    public void execute(DelegateExecution execution) {
        long applicationId = ((Number) execution.getVariable("applicationId")).longValue();
        execution.setVariables(conclusions.issue(applicationId));
    }
}
