package org.ltcare.web.trial;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.ltcare.policy.rules.CareTariff;
import org.ltcare.policy.rules.Yuan;
import org.ltcare.settlement.CareFeeService;
import org.ltcare.settlement.fee.CareFeeRequest;
import org.ltcare.settlement.fee.CareFeeResult;
import org.ltcare.settlement.fee.FeeExplanation;
import org.ltcare.web.i18n.Messages;

/**
 * What the care-fee page shows of a computed month, as texts of the page's language (amounts "¥1,350.00", as the
 * API writes them, without grouping), and the steps that explain them. Kept instead of the domain's result because a view-scoped bean must be
 * serialisable.
 */
public record FeeOutcome(String ruleSetCode, int claimedDays, int billableDays, String totalFee, String fundShare,
        String personalShare, String tariff, List<RejectedDayRow> rejectedDays, List<String> steps)
        implements Serializable {

    public FeeOutcome {
        rejectedDays = List.copyOf(rejectedDays);
        steps = List.copyOf(steps);
    }

    static FeeOutcome of(CareFeeService.Computed computed, CareFeeRequest request, TrialTexts texts) {
        CareFeeResult result = computed.result();
        List<RejectedDayRow> rejected = result.rejectedDays().stream()
                .map(day -> new RejectedDayRow(day.date(), day.reason().name(),
                        Messages.text(texts.locale(), "rejectionReason." + day.reason().name())))
                .toList();
        return new FeeOutcome(computed.ruleSetCode(), result.claimedDays(), result.billableDays(),
                yuan(result.totalFee()), yuan(result.fundShare()), yuan(result.personalShare()),
                tariff(result.tariffApplied(), texts), rejected,
                FeeExplanation.of(computed.ruleSetCode(), request, result).steps(texts.locale()));
    }

    /** "院护：基金支付 75%，床日限额 ¥60.00". */
    private static String tariff(CareTariff tariff, TrialTexts texts) {
        String careType = texts.label(tariff.careType());
        if (tariff.hospitalLevel() != null) {
            careType = careType + " · " + texts.get("trial.hospitalLevel." + tariff.hospitalLevel());
        }
        String ratio = tariff.fundRatio().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        return texts.format("trial.fee.tariffValue", careType, ratio, yuan(tariff.dailyLimit()));
    }

    /** The amounts are already in fen; Yuan only gives whole yuan their two decimals. */
    private static String yuan(BigDecimal amount) {
        return org.ltcare.web.i18n.Formats.yuan(Yuan.round(amount));
    }
}
