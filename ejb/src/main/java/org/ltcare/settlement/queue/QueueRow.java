package org.ltcare.settlement.queue;

import java.io.Serializable;
import org.ltcare.settlement.claim.CareClaim;

/** A claim waiting in the bureau's queue, with its institution's name and its audit's anomaly count. */
public record QueueRow(CareClaim claim, String institutionName, long anomalies) implements Serializable {
}
