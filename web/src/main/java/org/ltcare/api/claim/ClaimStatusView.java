package org.ltcare.api.claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.settlement.claim.ClaimStatus;
import org.ltcare.shared.model.Stamp;

/**
 * Where a claim stands, for the institution's system: status, cycle, due date and totals (money as strings);
 * {@code payoutDueHow} says how the due date was counted, in the caller's language (empty for claims submitted
 * before it was kept).
 */
public record ClaimStatusView(long id, String month, ClaimStatus status, String ruleSet, int lines, int claimedDays,
                              int billableDays, String totalFee, String fundShare, String personalShare,
                              Instant submittedAt, String cycle, LocalDate payoutDueOn, List<String> payoutDueHow) {

    static ClaimStatusView of(CareClaim claim, Locale locale) {
        return new ClaimStatusView(claim.getId(), claim.getMonth().toString(), claim.getStatus(),
                claim.getRuleSetCode(), claim.getLineCount(), claim.getAmounts().getClaimedDays(), claim.getAmounts().getBillableDays(),
                money(claim.getAmounts().getTotalFee()), money(claim.getAmounts().getFundShare()), money(claim.getAmounts().getPersonalShare()),
                Stamp.atOf(claim.getSubmitted()), claim.getCycle(), claim.getPayoutDueOn(),
                claim.getPayoutDueBasis() == null ? List.of() : claim.getPayoutDueBasis().steps(locale));
    }

    private static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2).toPlainString();
    }
}
