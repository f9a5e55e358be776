package org.ltcare.assessment;

/** Where an assessment application stands. SUBMITTED and ACCEPTED are open; one open application per person. */
public enum ApplicationStatus {
    SUBMITTED,
    ACCEPTED,
    REFUSED;

    public boolean isOpen() {
        return this == SUBMITTED || this == ACCEPTED;
    }
}
