package org.ltcare.care.visit;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A home visit as the automatic audit reads it — who, whom, when, where the check-in was — without the rest of the
 * record (a month of a large agency is thousands of visits).
 */
public record VisitCheckIn(long visitId, long insuredId, long workerId, LocalDateTime checkIn, LocalDateTime checkOut,
                           BigDecimal latitude, BigDecimal longitude) {
}
