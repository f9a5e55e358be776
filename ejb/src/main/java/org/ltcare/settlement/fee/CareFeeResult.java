package org.ltcare.settlement.fee;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.ltcare.policy.rules.CareTariff;

/**
 * The computed claim line: days, amounts in yuan (2 decimals) and the tariff they were computed with, to be
 * snapshotted with the line so that a later change of the rule set never changes a computed amount.
 * {@code rejectedDays} are in date order.
 */
public record CareFeeResult(int claimedDays, int billableDays, BigDecimal totalFee, BigDecimal fundShare,
        BigDecimal personalShare, List<RejectedDay> rejectedDays, CareTariff tariffApplied) {

    public CareFeeResult {
        Objects.requireNonNull(totalFee, "totalFee");
        Objects.requireNonNull(fundShare, "fundShare");
        Objects.requireNonNull(personalShare, "personalShare");
        rejectedDays = List.copyOf(rejectedDays);
        Objects.requireNonNull(tariffApplied, "tariffApplied");
        if (claimedDays != billableDays + rejectedDays.size()) {
            throw new IllegalArgumentException("every claimed day is either billable or rejected");
        }
    }
}
