package org.ltcare.policy.rules;

/** The care types a rule set may offer (rules.md §3). Only specialised care is tariffed per hospital level. */
public enum CareType {
    SPECIALIZED("专护"),
    RESIDENTIAL("院护"),
    HOME("家护"),
    /** Optional per region; the reference rule set does not offer it. */
    VISITING("巡护");

    private final String nameZh;

    CareType(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Specialised care is paid by the level (1–3) of the hospital providing it. */
    public boolean isTariffedByHospitalLevel() {
        return this == SPECIALIZED;
    }
}
