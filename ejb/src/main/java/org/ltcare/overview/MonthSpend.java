package org.ltcare.overview;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.ltcare.policy.rules.CareType;

/**
 * What the fund owes for a month of care in one care type — the approved and paid claims' lines: fund share less the
 * reviews' deductions — and what the people paid themselves.
 */
public record MonthSpend(YearMonth month, CareType careType, BigDecimal fundSpend, BigDecimal personalShare)
        implements Serializable {
}
