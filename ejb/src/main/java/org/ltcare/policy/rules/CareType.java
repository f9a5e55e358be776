package org.ltcare.policy.rules;

/** The care types a rule set may offer (rules.md §3). Only specialised care is tariffed per hospital level. */
public enum CareType {
    SPECIALIZED,
    RESIDENTIAL,
    HOME,
    /** Optional per region; the reference rule set does not offer it. */
    VISITING;

    /** 专护 and 院护: care in a bed of the institution, recorded as bed-days. */
    public boolean isBedBased() {
        return this == SPECIALIZED || this == RESIDENTIAL;
    }

    /** 家护 and 巡护: care by visits to the home, recorded as home visits. */
    public boolean isVisitBased() {
        return this == HOME || this == VISITING;
    }

    /** Specialised care is paid by the level (1–3) of the hospital providing it. */
    public boolean isTariffedByHospitalLevel() {
        return this == SPECIALIZED;
    }
}
