package org.ltcare.settlement.fee;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import org.ltcare.policy.rules.CareTariff;
import org.ltcare.policy.rules.Yuan;

/**
 * The fund's arithmetic of one claim line (rules.md §5), every intermediate number kept: the charge counted per day
 * is min(daily charge, limit); the fund pays ratio × that × billable days, rounded once for the whole line
 * ({@link Yuan#ROUNDING} to fen); the person pays the rest of charge × days. {@link CareFeeCalculator} takes its
 * amounts from here, so what a reviewer reads is the computation itself, not a retelling of it.
 */
public record FeeArithmetic(int billableDays, BigDecimal dailyCharge, BigDecimal dailyLimit, BigDecimal fundRatio,
        BigDecimal countedCharge, BigDecimal exactFundShare, BigDecimal fundShare, BigDecimal totalFee,
        BigDecimal personalShare) implements Serializable {

    public FeeArithmetic {
        Objects.requireNonNull(dailyCharge, "dailyCharge");
        Objects.requireNonNull(dailyLimit, "dailyLimit");
        Objects.requireNonNull(fundRatio, "fundRatio");
    }

    public static FeeArithmetic of(int billableDays, BigDecimal dailyCharge, CareTariff tariff) {
        return of(billableDays, dailyCharge, tariff.fundRatio(), tariff.dailyLimit());
    }

    /** The amounts of {@code billableDays} days at {@code dailyCharge} under a ratio and a limit. */
    public static FeeArithmetic of(int billableDays, BigDecimal dailyCharge, BigDecimal fundRatio,
            BigDecimal dailyLimit) {
        BigDecimal days = BigDecimal.valueOf(billableDays);
        BigDecimal counted = dailyCharge.min(dailyLimit);
        BigDecimal exact = fundRatio.multiply(counted).multiply(days);
        BigDecimal fundShare = Yuan.round(exact);
        BigDecimal totalFee = Yuan.round(dailyCharge.multiply(days));
        return new FeeArithmetic(billableDays, dailyCharge, dailyLimit, fundRatio, counted, exact, fundShare,
                totalFee, totalFee.subtract(fundShare));
    }

    /** The charge was above the limit, so the limit was counted. */
    public boolean limited() {
        return dailyCharge.compareTo(dailyLimit) > 0;
    }

    /** Rounding changed the fund's share (the exact product had more than two decimals). */
    public boolean rounded() {
        return exactFundShare.compareTo(fundShare) != 0;
    }

    /** "30 × min(80.00, 60.00) × 0.75 = 1350.00": the same in every language, for APIs and tooltips. */
    public String formula() {
        return billableDays + " × min(" + plain(dailyCharge) + ", " + plain(dailyLimit) + ") × "
                + fundRatio.stripTrailingZeros().toPlainString() + " = "
                + (rounded() ? exactFundShare.stripTrailingZeros().toPlainString() + " ≈ " : "") + plain(fundShare);
    }

    private static String plain(BigDecimal amount) {
        return Yuan.normalise(amount).toPlainString();
    }
}
