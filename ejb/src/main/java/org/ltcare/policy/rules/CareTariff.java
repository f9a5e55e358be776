package org.ltcare.policy.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the fund pays for one care type (and, for specialised care, one hospital level): the share
 * {@code fundRatio} (0.75 = 75 %) of the daily charge, counting the charge at most up to {@code dailyLimit}
 * yuan per bed-day. {@code hospitalLevel} is null for every other care type. Ranges are checked by
 * {@link RuleSetValidator}.
 */
public record CareTariff(CareType careType, Integer hospitalLevel, BigDecimal fundRatio, BigDecimal dailyLimit) {

    public CareTariff {
        Objects.requireNonNull(careType, "careType");
        Objects.requireNonNull(fundRatio, "fundRatio");
        dailyLimit = Yuan.normalise(Objects.requireNonNull(dailyLimit, "dailyLimit"));
    }

    /** "tariffs.RESIDENTIAL" or "tariffs.SPECIALIZED.2": where validation problems of this tariff are reported. */
    public String path() {
        return "tariffs." + careType + (hospitalLevel == null ? "" : "." + hospitalLevel);
    }
}
