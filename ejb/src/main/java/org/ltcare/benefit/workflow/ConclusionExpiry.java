package org.ltcare.benefit.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ltcare.benefit.EntitlementService;

/** The conclusion's validity has run out: a newer entitled conclusion carries the care on, otherwise it ends. */
@ApplicationScoped
@Named("conclusionExpiry")
public class ConclusionExpiry implements JavaDelegate {

    @Inject
    private EntitlementService entitlements;

    @Override
    public void execute(DelegateExecution execution) {
        long insuredId = ((Number) execution.getVariable("insuredId")).longValue();
        Optional<Date> newEnd = entitlements.onConclusionExpired(insuredId, (Date) execution.getVariable("conclusionEndsAt"));
        execution.setVariable("stillEntitled", newEnd.isPresent());
        newEnd.ifPresent(end -> execution.setVariable("conclusionEndsAt", end));
    }
}
