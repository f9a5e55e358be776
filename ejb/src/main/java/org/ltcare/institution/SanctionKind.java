package org.ltcare.institution;

/**
 * The measures against a contracted institution (rules.md §4), mildest first. A rectification order carries its
 * deadline; the two suspensions stop new admissions or settlement while in force; termination ends the agreement.
 */
public enum SanctionKind {
    WARNING_TALK,
    RECTIFICATION,
    SUSPEND_ADMISSIONS,
    SUSPEND_SETTLEMENT,
    TERMINATION;

    /** What the admission and settlement workflows must refuse while the sanction is in force. */
    public boolean stopsAdmissions() {
        return this == SUSPEND_ADMISSIONS || this == TERMINATION;
    }

    public boolean stopsSettlement() {
        return this == SUSPEND_SETTLEMENT;
    }
}
