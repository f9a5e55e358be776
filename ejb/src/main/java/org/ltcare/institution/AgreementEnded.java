package org.ltcare.institution;

import org.ltcare.shared.security.Actor;

/**
 * Fired (synchronously, in the deciding transaction) when a sanction terminates an agreement, so that the
 * contracting workflow stops waiting to renew it.
 */
public record AgreementEnded(Actor actor, long institutionId, long agreementId) {
}
