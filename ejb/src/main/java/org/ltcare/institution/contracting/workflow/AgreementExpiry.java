package org.ltcare.institution.contracting.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ltcare.institution.contracting.ContractingLifecycle;
import org.ltcare.shared.security.Actor;

/** The agreement's last day has passed unrenewed: it ends (an open renewal lapses with it). */
@ApplicationScoped
@Named("agreementExpiry")
public class AgreementExpiry implements JavaDelegate {

    @Inject
    private ContractingLifecycle contracting;

    @Override
    public void execute(DelegateExecution execution) {
        contracting.expire(Actor.system("contracting-timer"), Contracting.idOf(execution));
    }
}
