package org.ltcare.settlement.claim.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ltcare.settlement.claim.ClaimProcess;
import org.ltcare.settlement.claim.ClaimReviewService;
import org.ltcare.shared.security.Actor;

/** The correction period of a returned claim ended without a resubmission: it goes back to the first review. */
@ApplicationScoped
@Named("claimCorrectionLapse")
public class ClaimCorrectionLapse implements JavaDelegate {

    @Inject
    private ClaimReviewService reviews;

    @Override
    public void execute(DelegateExecution execution) {
        long claimId = ((Number) execution.getVariable(ClaimProcess.CLAIM_ID)).longValue();
        reviews.correctionLapsed(Actor.system("settlement-timer"), claimId);
    }
}
