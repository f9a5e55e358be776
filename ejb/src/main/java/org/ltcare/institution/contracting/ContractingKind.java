package org.ltcare.institution.contracting;

/** A first application to be contracted, or the renewal of an agreement about to end. */
public enum ContractingKind {
    NEW,
    RENEWAL
}
