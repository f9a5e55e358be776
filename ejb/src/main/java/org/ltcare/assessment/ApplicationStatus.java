package org.ltcare.assessment;

/**
 * Where an assessment application stands. SUBMITTED and ACCEPTED (being assessed) are open; one open
 * application per person. CONCLUDED once its first conclusion is issued.
 */
public enum ApplicationStatus {
    SUBMITTED,
    ACCEPTED,
    REFUSED,
    CONCLUDED;

    public boolean isOpen() {
        return this == SUBMITTED || this == ACCEPTED;
    }
}
