package org.ltcare.assessment;

/** Where the person lives now: at home, or in a (care) institution. */
public enum ResidenceKind {
    HOME,
    INSTITUTION
}
