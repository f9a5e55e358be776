package org.ltcare.settlement.fee;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.ltcare.policy.rules.CareTariff;

/**
 * The computed claim line: the claimed days, each rejected one with its reason (in date order), the arithmetic of
 * the billable ones and the tariff it used, to be snapshotted with the line so that a later change of the rule set
 * never changes a computed amount.
 */
public record CareFeeResult(int claimedDays, List<RejectedDay> rejectedDays, FeeArithmetic arithmetic,
        CareTariff tariffApplied) {

    public CareFeeResult {
        rejectedDays = List.copyOf(rejectedDays);
        Objects.requireNonNull(arithmetic, "arithmetic");
        Objects.requireNonNull(tariffApplied, "tariffApplied");
        if (claimedDays != arithmetic.billableDays() + rejectedDays.size()) {
            throw new IllegalArgumentException("every claimed day is either billable or rejected");
        }
    }

    public int billableDays() {
        return arithmetic.billableDays();
    }

    public BigDecimal totalFee() {
        return arithmetic.totalFee();
    }

    public BigDecimal fundShare() {
        return arithmetic.fundShare();
    }

    public BigDecimal personalShare() {
        return arithmetic.personalShare();
    }
}
