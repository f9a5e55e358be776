package org.ltcare.institution;

import java.math.BigDecimal;
import java.util.Objects;
import org.ltcare.policy.rules.CareType;

/** One care type of a service agreement: how many places, and the institution's daily charge in yuan. */
public record AgreedCareType(CareType careType, int places, BigDecimal dailyCharge) {

    public AgreedCareType {
        Objects.requireNonNull(careType, "careType");
        Objects.requireNonNull(dailyCharge, "dailyCharge");
    }
}
