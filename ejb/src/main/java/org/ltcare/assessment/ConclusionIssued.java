package org.ltcare.assessment;

/**
 * Fired (synchronously, in the issuing transaction) when a conclusion is issued, so that care assignment can start,
 * carry on or end the person's entitlement.
 */
public record ConclusionIssued(long conclusionId, long applicationId, long insuredId) {
}
