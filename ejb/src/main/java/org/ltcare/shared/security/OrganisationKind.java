package org.ltcare.shared.security;

/** Every user belongs to exactly one organisation of one of these kinds. */
public enum OrganisationKind {
    BUREAU,
    AGENCY,
    ASSESSMENT_AGENCY,
    CARE_INSTITUTION
}
