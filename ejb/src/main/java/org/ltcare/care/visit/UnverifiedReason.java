package org.ltcare.care.visit;

/** Why a home visit is not a valid service record (rules.md §5 {@code NO_SERVICE_RECORD}). */
public enum UnverifiedReason {
    /** Checked in, never checked out. */
    NO_CHECK_OUT,
    /** Shorter than the rule set's minimum visit duration. */
    TOO_SHORT
}
