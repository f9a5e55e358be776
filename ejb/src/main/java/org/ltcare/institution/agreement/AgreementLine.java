package org.ltcare.institution.agreement;

import java.math.BigDecimal;
import java.util.Objects;
import org.ltcare.policy.rules.Yuan;

/**
 * One agreed care type as printed in the agreement's table: its Chinese name ("专护"), the places (beds, or people
 * for home care) and the daily charge in yuan, held with two decimals so that 120 prints as "120.00".
 */
public record AgreementLine(String careTypeName, int places, BigDecimal dailyCharge) {

    public AgreementLine {
        Objects.requireNonNull(careTypeName, "careTypeName");
        Objects.requireNonNull(dailyCharge, "dailyCharge");
        if (places <= 0) {
            throw new IllegalArgumentException(careTypeName + ": places " + places + " not positive");
        }
        if (dailyCharge.signum() < 0 || !Yuan.isWholeFen(dailyCharge)) {
            throw new IllegalArgumentException(careTypeName + ": daily charge " + dailyCharge + " is not yuan and fen");
        }
        dailyCharge = dailyCharge.setScale(Yuan.SCALE);
    }
}
