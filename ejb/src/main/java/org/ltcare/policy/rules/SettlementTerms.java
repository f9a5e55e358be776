package org.ltcare.policy.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Monthly settlement terms (rules.md §5): institutions claim the previous month between day
 * {@code claimWindowFromDay} and {@code claimWindowToDay} of the month (at most the 28th, so the window exists in
 * February); the agency pays within {@code payoutDeadlineWorkingDays}; {@code qualityDepositRate} of each payout
 * is withheld until the annual evaluation.
 */
public record SettlementTerms(int claimWindowFromDay, int claimWindowToDay, int payoutDeadlineWorkingDays,
        BigDecimal qualityDepositRate) {

    public static final int LAST_POSSIBLE_CLAIM_DAY = 28;

    public SettlementTerms {
        Objects.requireNonNull(qualityDepositRate, "qualityDepositRate");
    }
}
