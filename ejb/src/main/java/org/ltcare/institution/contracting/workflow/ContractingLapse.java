package org.ltcare.institution.contracting.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ltcare.institution.contracting.ContractingLifecycle;
import org.ltcare.shared.security.Actor;

/** The correction deadline passed: the returned application lapses. */
@ApplicationScoped
@Named("contractingLapse")
public class ContractingLapse implements JavaDelegate {

    @Inject
    private ContractingLifecycle contracting;

    @Override
    public void execute(DelegateExecution execution) {
        contracting.lapse(Actor.system("contracting-timer"), Contracting.idOf(execution));
    }
}
