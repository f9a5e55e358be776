package org.ltcare.assessment;

/** How an assessor is tied to a care institution; either way the assessor is never drawn for its applicants. */
public enum RelationKind {
    EMPLOYED,
    LINKED
}
