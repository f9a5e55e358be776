package org.ltcare.assessment.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ltcare.assessment.PublicNoticeService;

/**
 * After the notice period's timer: closes the notice and tells the process whether objections await. Scoped (not
 * just named), as the archive discovers annotated beans only.
 */
@ApplicationScoped
@Named("publicNoticeClosing")
public class PublicNoticeClosing implements JavaDelegate {

    @Inject
    private PublicNoticeService notices;

    @Override
    public void execute(DelegateExecution execution) {
        long applicationId = ((Number) execution.getVariable("applicationId")).longValue();
        execution.setVariable("objectionsLodged", notices.close(applicationId));
    }
}
