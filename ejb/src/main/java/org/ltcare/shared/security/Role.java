package org.ltcare.shared.security;

/** The roles of rules.md §6. Their names are the group names in the identity store and in BPMN candidate groups. */
public enum Role {
    APPLICANT,
    ASSESSOR,
    ASSESSMENT_SUPERVISOR,
    INSTITUTION_STAFF,
    INSTITUTION_ADMIN,
    /** An institution's own system posting care records through the API (a credential bound to the institution). */
    INSTITUTION_API,
    /** The medical-insurance system sending hospital stays (a bureau credential used by nothing else). */
    HOSPITAL_FEED,
    AGENCY_REVIEWER,
    BUREAU_APPROVER,
    BUREAU_ADMIN,
    AUDITOR;

    public boolean isInstitutionRole() {
        return this == INSTITUTION_STAFF || this == INSTITUTION_ADMIN;
    }

    /** A credential of another system (API only, no pages). */
    public boolean isMachineRole() {
        return this == INSTITUTION_API || this == HOSPITAL_FEED;
    }

    public boolean isBureauRole() {
        return this == AGENCY_REVIEWER || this == BUREAU_APPROVER || this == BUREAU_ADMIN || this == AUDITOR;
    }
}
