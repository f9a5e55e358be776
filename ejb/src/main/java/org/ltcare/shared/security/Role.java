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
    /** 系统管理员: policy rule sets, calendar, catalogue, settings, process monitor. No cases, no money. */
    SYSTEM_ADMIN,
    /** 安全管理员: accounts, roles, credentials, two-factor resets. */
    SECURITY_ADMIN,
    /** 审计管理员: reads the audit trail and security events; changes nothing. */
    AUDIT_ADMIN,
    AUDITOR;

    public boolean isInstitutionRole() {
        return this == INSTITUTION_STAFF || this == INSTITUTION_ADMIN;
    }

    /** A credential of another system (API only, no pages). */
    public boolean isMachineRole() {
        return this == INSTITUTION_API || this == HOSPITAL_FEED;
    }

    /**
     * A bureau role that reads the bureau's business (cases, claims, reports). The security and audit
     * administrators are not: they manage accounts and read the audit trail, nothing else.
     */
    public boolean isBureauRole() {
        return this == AGENCY_REVIEWER || this == BUREAU_APPROVER || this == SYSTEM_ADMIN || this == AUDITOR;
    }

    /** One of the three administrators of 三权分立: never two of them, never with a role of cases or money. */
    public boolean isAdministratorRole() {
        return this == SYSTEM_ADMIN || this == SECURITY_ADMIN || this == AUDIT_ADMIN;
    }

    /**
     * A login with this role needs a second factor (TOTP): the bureau's and the agency's people, the three
     * administrators and an institution's administrator, who hand out its staff's logins. Optional for the others.
     */
    public boolean requiresSecondFactor() {
        return isBureauRole() || isAdministratorRole() || this == INSTITUTION_ADMIN;
    }
}
