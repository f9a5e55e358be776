package org.ltcare.policy.rules;

/** How impaired a person is in one dimension. Declared best to worst: later constants are worse. */
public enum ImpairmentLevel {
    INTACT,
    MILD,
    MODERATE,
    SEVERE;

    /** The worse of the two levels; the grade matrix's column is the worse of cognition and perception. */
    public ImpairmentLevel worse(ImpairmentLevel other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
