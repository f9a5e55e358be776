package org.ltcare.policy.rules;

/** How impaired a person is in one dimension. Declared best to worst: later constants are worse. */
public enum ImpairmentLevel {
    INTACT("完好"),
    MILD("轻度"),
    MODERATE("中度"),
    SEVERE("重度");

    private final String nameZh;

    ImpairmentLevel(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** The worse of the two levels; the grade matrix's column is the worse of cognition and perception. */
    public ImpairmentLevel worse(ImpairmentLevel other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
