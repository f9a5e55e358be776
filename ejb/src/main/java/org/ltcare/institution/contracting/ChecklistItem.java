package org.ltcare.institution.contracting;

import java.util.Collection;
import org.ltcare.policy.rules.CareType;

/**
 * The documents a contracting application is reviewed against (rules.md §4): licences, finance run by an
 * accountant with computerised books, care-staff numbers, staff social insurance paid, and for 专护 proof of a
 * hospital of the required level.
 */
public enum ChecklistItem {
    LICENCE,
    FINANCE,
    CARE_STAFF,
    SOCIAL_INSURANCE,
    HOSPITAL_LEVEL;

    /** Whether the item is asked for an application requesting these care types. */
    public boolean appliesTo(Collection<CareType> requested) {
        return this != HOSPITAL_LEVEL || requested.contains(CareType.SPECIALIZED);
    }
}
