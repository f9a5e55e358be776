package org.ltcare.benefit;

/** Why an admission ended (rules.md §3): a change of care type or institution, or the end of the entitlement. */
public enum EndReason {
    CHANGE,
    DEATH,
    ENROLMENT_ENDED,
    CONCLUSION_EXPIRED,
    GRADE_BELOW;

    /** Whether the entitlement itself ends (everything but a change). */
    public boolean endsEntitlement() {
        return this != CHANGE;
    }
}
