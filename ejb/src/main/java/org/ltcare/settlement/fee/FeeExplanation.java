package org.ltcare.settlement.fee;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ltcare.policy.rules.CareType;
import org.ltcare.policy.rules.Yuan;
import org.ltcare.shared.i18n.EnumLabels;
import org.ltcare.shared.i18n.Explanations;

/**
 * How one claim line's amounts came to be: the rule-set version and the care type, grade and hospital level the
 * tariff was looked up by, the claimed days and each rejected one by reason with the record behind it where one was
 * kept ({@link RejectionFact}), and the {@link FeeArithmetic} of the
 * billable ones. Built from what the calculator used and returned (for a stored line, from its snapshot), never
 * from the rules in force today; {@link #steps} says it in a reviewer's words.
 */
public record FeeExplanation(String ruleSetCode, CareType careType, Integer hospitalLevel, int grade,
        int claimedDays, Map<RejectionReason, List<LocalDate>> rejectedDays, Map<LocalDate, RejectionFact> facts,
        FeeArithmetic arithmetic) implements Serializable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    /** Where the rejection reasons are named, for pages and API errors alike. */
    private static final String REASON_NAMES = "org.ltcare.policy.rules.messages";

    public FeeExplanation {
        Map<RejectionReason, List<LocalDate>> copy = new TreeMap<>();
        rejectedDays.forEach((reason, days) -> copy.put(reason, days.stream().sorted().toList()));
        rejectedDays = copy;
        facts = Map.copyOf(facts);
    }

    /** A computed line: {@code request} as the calculator received it, {@code result} as it returned it. */
    public static FeeExplanation of(String ruleSetCode, CareFeeRequest request, CareFeeResult result) {
        return new FeeExplanation(ruleSetCode, request.careType(), request.hospitalLevel(), request.grade(),
                result.claimedDays(), byReason(result.rejectedDays()), Map.of(), result.arithmetic());
    }

    public static Map<RejectionReason, List<LocalDate>> byReason(List<RejectedDay> rejected) {
        Map<RejectionReason, List<LocalDate>> days = new TreeMap<>();
        rejected.forEach(day -> days.computeIfAbsent(day.reason(), r -> new ArrayList<>()).add(day.date()));
        return days;
    }

    public int rejectedCount() {
        return rejectedDays.values().stream().mapToInt(List::size).sum();
    }

    /** The explanation in sentences of {@code locale}, in the order the rules apply. */
    public List<String> steps(Locale locale) {
        FeeArithmetic a = arithmetic;
        List<String> steps = new ArrayList<>();
        String care = EnumLabels.of(careType, locale);
        if (hospitalLevel != null) {
            care = Explanations.format(locale, "fee.hospitalLevel", care, hospitalLevel.toString());
        }
        steps.add(Explanations.format(locale, "fee.lookup", ruleSetCode, care, Integer.toString(grade),
                percent(a.fundRatio()), yuan(a.dailyLimit())));
        steps.add(Explanations.format(locale, "fee.days", Integer.toString(claimedDays),
                Integer.toString(rejectedCount()), Integer.toString(a.billableDays())));
        rejectedByFact().forEach((reason, byFact) -> {
            String name = Explanations.text(REASON_NAMES, locale, "rejectionReason." + reason.name());
            byFact.forEach((fact, days) -> steps.add(rejected(name, days, fact, locale)));
        });
        steps.add(Explanations.format(locale, a.limited() ? "fee.counted.limited" : "fee.counted.charge",
                yuan(a.dailyCharge()), yuan(a.dailyLimit())));
        String days = Integer.toString(a.billableDays());
        steps.add(a.rounded()
                ? Explanations.format(locale, "fee.fund.rounded", days, yuan(a.countedCharge()), percent(a.fundRatio()),
                        a.exactFundShare().stripTrailingZeros().toPlainString(), yuan(a.fundShare()))
                : Explanations.format(locale, "fee.fund", days, yuan(a.countedCharge()), percent(a.fundRatio()),
                        yuan(a.fundShare())));
        steps.add(Explanations.format(locale, "fee.personal", yuan(a.totalFee()), days, yuan(a.dailyCharge()),
                yuan(a.fundShare()), yuan(a.personalShare())));
        return steps;
    }

    /**
     * Each reason's rejected days grouped by the record behind them, in day order; days without a kept record (the
     * trial, lines made before records were kept) under an empty one. The claim page, the statement and the
     * automatic audit's findings all group them so.
     */
    public Map<RejectionReason, Map<Optional<RejectionFact>, List<LocalDate>>> rejectedByFact() {
        Map<RejectionReason, Map<Optional<RejectionFact>, List<LocalDate>>> grouped = new TreeMap<>();
        rejectedDays.forEach((reason, days) -> {
            Map<Optional<RejectionFact>, List<LocalDate>> byFact = new LinkedHashMap<>();
            days.forEach(day -> byFact.computeIfAbsent(Optional.ofNullable(facts.get(day)), f -> new ArrayList<>())
                    .add(day));
            grouped.put(reason, byFact);
        });
        return grouped;
    }

    /** "拒付「住院日」10 天：03-05–03-14（住院记录 #12：…）", or without the record when none was kept. */
    private static String rejected(String name, List<LocalDate> days, Optional<RejectionFact> fact, Locale locale) {
        return fact.isEmpty()
                ? Explanations.format(locale, "fee.rejected", name, Integer.toString(days.size()), ranges(days))
                : Explanations.format(locale, "fee.rejected.fact", name, Integer.toString(days.size()), ranges(days),
                        fact.get().describe(locale));
    }

    /** "03-05–03-14, 03-20": runs of consecutive days written as ranges. */
    static String ranges(List<LocalDate> days) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            LocalDate first = days.get(i);
            while (i + 1 < days.size() && days.get(i + 1).equals(days.get(i).plusDays(1))) {
                i++;
            }
            LocalDate last = days.get(i);
            parts.add(first.equals(last) ? DAY.format(first) : DAY.format(first) + "–" + DAY.format(last));
        }
        return String.join(", ", parts);
    }

    private static String yuan(BigDecimal amount) {
        return Yuan.normalise(amount).toPlainString();
    }

    private static String percent(BigDecimal ratio) {
        return ratio.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
