package org.ltcare.settlement.deposit;

import java.math.BigDecimal;

/** The quality deposit withheld from an institution's paid claims for care in a year. */
public record Withheld(long institutionId, BigDecimal amount, int claims) {

    /** Bean getters for the pages (Faces 4.0's EL does not read record components). */
    public long getInstitutionId() {
        return institutionId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public int getClaims() {
        return claims;
    }
}
