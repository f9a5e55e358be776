package org.ltcare.benefit;

import java.math.BigDecimal;

/** An institution offered for a care type: its agreed places, how many are taken, and its daily charge. */
public record CareOption(long institutionId, String institutionName, String kindText, String address, int places,
        long occupied, BigDecimal dailyCharge) {

    public long free() {
        return places - occupied;
    }
}
