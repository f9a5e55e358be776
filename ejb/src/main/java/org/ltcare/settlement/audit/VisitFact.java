package org.ltcare.settlement.audit;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** What the anomaly rules read of a home visit: who, whom, when, where the check-in was (if the app sent it). */
public record VisitFact(long visitId, long insuredId, long workerId, String workerName, LocalDateTime checkIn,
        LocalDateTime checkOut, BigDecimal latitude, BigDecimal longitude) {

    boolean hasPlace() {
        return latitude != null && longitude != null;
    }
}
