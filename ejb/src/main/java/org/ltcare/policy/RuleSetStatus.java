package org.ltcare.policy;

/** A draft is edited and may be deleted; an active version is in force on its dates and never edited again. */
public enum RuleSetStatus {
    DRAFT,
    ACTIVE
}
