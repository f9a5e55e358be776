package org.ltcare.care.visit;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * A home visit as entered on the screen or posted by an institution's system. Times are local times of the
 * bureau's zone. {@code items} maps service-item codes to quantities. {@link VisitCheck} says what is wrong.
 */
public record VisitForm(
        long careWorkerId,
        LocalDateTime checkedInAt,
        LocalDateTime checkedOutAt,
        Coordinates checkIn,
        Coordinates checkOut,
        String deviceId,
        Map<String, Integer> items,
        Confirmation confirmation,
        String confirmedBy,
        String confirmationCode,
        byte[] signaturePng,
        String externalRef) {

    public VisitForm {
        items = items == null ? Map.of() : Map.copyOf(items);
        confirmation = confirmation == null ? Confirmation.NONE : confirmation;
        deviceId = blankToNull(deviceId);
        confirmedBy = blankToNull(confirmedBy);
        confirmationCode = blankToNull(confirmationCode);
        externalRef = blankToNull(externalRef);
    }

    /** GPS coordinates (WGS-84 degrees), optional. */
    public record Coordinates(BigDecimal latitude, BigDecimal longitude) {
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
