package org.ltcare.institution.contracting;

/** Where a contracting application stands; the last four are final. */
public enum ContractingStatus {
    DOCUMENT_REVIEW,
    RETURNED,
    EVALUATION,
    PUBLIC_NOTICE,
    /** A renewal waiting for the approver's decision. */
    RENEWAL_REVIEW,
    SIGNED,
    FAILED,
    LAPSED,
    REFUSED;

    public boolean isOpen() {
        return this == DOCUMENT_REVIEW || this == RETURNED || this == EVALUATION || this == PUBLIC_NOTICE
                || this == RENEWAL_REVIEW;
    }
}
