package org.ltcare.institution.contracting;

/**
 * What an actor may do with an institution's contracting at a moment: {@link ContractingService#allowedActions}
 * answers it with the checks its commands make, so a page offers exactly what the service then accepts.
 */
public enum ContractingAction {
    /** Hand in a new application (the institution's administrator, or the agency's reviewer for it). */
    APPLY,
    /** Hand in the corrected application after it was returned. */
    RESUBMIT,
    /** The document review. */
    REVIEW,
    /** The expert or on-site evaluation. */
    EVALUATE,
    /** Sign the agreement, or refuse to: after the public notice, or on a renewal. */
    SIGN
}
