package org.ltcare.settlement.deposit;

import java.io.Serializable;
import java.math.BigDecimal;

/** The quality deposit withheld from an institution's paid claims for care in a year. */
public record Withheld(long institutionId, BigDecimal amount, int claims) implements Serializable {
}
