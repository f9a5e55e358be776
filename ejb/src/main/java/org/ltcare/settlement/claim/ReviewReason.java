package org.ltcare.settlement.claim;

/**
 * The coded reasons a reviewer deducts from or returns a claim line for (reference catalogue; verify per city),
 * named by {@link org.ltcare.shared.i18n.EnumLabels}.
 */
public enum ReviewReason {
    RECORD_INCOMPLETE,
    SERVICE_NOT_PROVEN,
    CHARGE_ABOVE_AGREEMENT,
    DUPLICATE_CLAIM,
    /** A returned line not corrected within the correction period. */
    CORRECTION_LAPSED,
    /** Needs a note. */
    OTHER
}
