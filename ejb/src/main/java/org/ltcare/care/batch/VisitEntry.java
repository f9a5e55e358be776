package org.ltcare.care.batch;

import java.math.BigDecimal;
import java.util.List;

/**
 * A home visit as an institution's system posts it. {@code visitId} is the system's own id of the visit: a later
 * record with the same id and a check-out completes a visit posted at check-in. Times are ISO local date-times of
 * the bureau's zone (an offset, if given, is converted). The signature is a base64 PNG.
 */
public record VisitEntry(String idempotencyKey, String visitId, String idNumber, String careWorkerIdNumber,
                         String checkedInAt, String checkedOutAt, GeoPoint checkIn, GeoPoint checkOut,
                         String deviceId, List<ItemEntry> items, ConfirmationEntry confirmation) {

    /** WGS-84 degrees. */
    public record GeoPoint(BigDecimal latitude, BigDecimal longitude) {
    }

    public record ItemEntry(String code, Integer quantity) {
    }

    /** {@code method}: NONE, SIGNATURE (with {@code signaturePng}) or ONE_TIME_CODE (with {@code code}). */
    public record ConfirmationEntry(String method, String confirmedBy, String code, String signaturePng) {
    }
}
