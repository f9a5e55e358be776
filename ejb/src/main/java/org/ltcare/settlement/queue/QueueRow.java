package org.ltcare.settlement.queue;

import org.ltcare.settlement.claim.CareClaim;

/** A claim waiting in the bureau's queue, with its institution's name and its audit's anomaly count. */
public record QueueRow(CareClaim claim, String institutionName, long anomalies) {

    /** Bean getters for the pages (Faces 4.0's EL does not read record components). */
    public CareClaim getClaim() {
        return claim;
    }

    public String getInstitutionName() {
        return institutionName;
    }

    public long getAnomalies() {
        return anomalies;
    }
}
