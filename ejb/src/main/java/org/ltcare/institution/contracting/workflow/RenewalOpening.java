package org.ltcare.institution.contracting.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ltcare.institution.contracting.ContractingLifecycle;
import org.ltcare.shared.security.Actor;

/** The renewal lead time has come: opens the renewal, which the process follows from here on. */
@ApplicationScoped
@Named("renewalOpening")
public class RenewalOpening implements JavaDelegate {

    @Inject
    private ContractingLifecycle contracting;

    @Override
    public void execute(DelegateExecution execution) {
        long renewal = contracting.openRenewal(Actor.system("contracting-timer"), Contracting.idOf(execution)).getId();
        execution.setVariable(Contracting.ID, renewal);
        // Task lists link by business key to the application the process is about now.
        execution.setProcessBusinessKey(String.valueOf(renewal));
    }
}
