package org.ltcare.institution;

/** Whether the bureau has confirmed who an institution is: self-registered ones wait for the document review. */
public enum Registration {
    CONFIRMED,
    PENDING
}
