package org.ltcare.api.trial;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.ltcare.assessment.GradeService;
import org.ltcare.assessment.scale.GradeExplanation;
import org.ltcare.assessment.scale.GradeResult;
import org.ltcare.policy.rules.Yuan;
import org.ltcare.settlement.CareFeeService;
import org.ltcare.settlement.fee.CareFeeRequest;
import org.ltcare.settlement.fee.CareFeeResult;
import org.ltcare.settlement.fee.FeeArithmetic;
import org.ltcare.settlement.fee.FeeExplanation;
import org.ltcare.shared.calendar.DeadlineExplanation;
import org.ltcare.shared.i18n.EnumLabels;

/** The response bodies of the trial API, shaped exactly as ../shared/api-trial.md shows them. */
final class TrialResponses {

    private TrialResponses() {
    }

    /**
     * Levels as codes, {@code gradeName} the national standard's Chinese name whatever the caller's language; the
     * fields of api-trial.md stay as they are, {@code explanation} comes beside them.
     */
    record GradeResponse(String ruleSet, int adlScore, int cognitionScore, int perceptionScore, String adlLevel,
                         String cognitionLevel, String perceptionLevel, int grade, String gradeName,
                         GradeExplanationView explanation) {

        static GradeResponse of(GradeService.Graded graded, Locale locale) {
            GradeResult r = graded.result();
            return new GradeResponse(graded.ruleSetCode(), r.adlScore(), r.cognitionScore(), r.perceptionScore(),
                    r.adl().name(), r.cognition().name(), r.perception().name(), r.grade().number(),
                    EnumLabels.of(r.grade(), Locale.SIMPLIFIED_CHINESE), GradeExplanationView.of(graded, locale));
        }
    }

    /** Each dimension's total with the band it fell in, the CP level and the matrix cell; {@code steps} in words. */
    record GradeExplanationView(String ruleSet, List<DimensionView> dimensions, String cognitionPerceptionLevel,
                                String matrixCell, List<String> steps) {

        static GradeExplanationView of(GradeService.Graded graded, Locale locale) {
            GradeExplanation e = graded.explanation();
            GradeResult r = e.result();
            return new GradeExplanationView(graded.ruleSetCode(), e.dimensions().stream().map(DimensionView::of)
                    .toList(), r.cognitionPerception().name(), r.adl().name() + " × " + r.cognitionPerception().name()
                    + " → " + r.grade().number(), e.steps(locale, graded.ruleSetCode()));
        }
    }

    /** {@code band} as "min-max" points. */
    record DimensionView(String dimension, int total, String band, String level) {

        static DimensionView of(GradeExplanation.DimensionScore d) {
            return new DimensionView(d.dimension().key(), d.total(), d.bandMin() + "-" + d.bandMax(),
                    d.level().name());
        }
    }

    record RejectedDayView(String date, String reason) {
    }

    /**
     * Money as strings with two decimals, so that no client reads it as a binary floating-point number. The
     * fields of api-trial.md stay as they are; {@code explanation} comes beside them.
     */
    record CareFeeResponse(String ruleSet, int claimedDays, int billableDays, String totalFee, String fundShare,
                           String personalShare, List<RejectedDayView> rejectedDays, FeeExplanationView explanation) {

        static CareFeeResponse of(CareFeeService.Computed computed, CareFeeRequest request, Locale locale) {
            CareFeeResult r = computed.result();
            return new CareFeeResponse(computed.ruleSetCode(), r.claimedDays(), r.billableDays(), yuan(r.totalFee()),
                    yuan(r.fundShare()), yuan(r.personalShare()),
                    r.rejectedDays().stream()
                            .map(d -> new RejectedDayView(d.date().toString(), d.reason().name()))
                            .toList(),
                    FeeExplanationView.of(FeeExplanation.of(computed.ruleSetCode(), request, r), locale));
        }
    }

    /**
     * How the amounts came to be: the tariff looked up (by care type, hospital level and grade in the rule set),
     * the charge counted per day, the fund's share before and after rounding, {@code formula} in digits and
     * {@code steps} in the caller's language.
     */
    record FeeExplanationView(String ruleSet, String careType, Integer hospitalLevel, int grade, String fundRatio,
                              String dailyLimit, String dailyCharge, String countedDailyCharge,
                              String fundShareBeforeRounding, String rounding, String formula, List<String> steps) {

        static FeeExplanationView of(FeeExplanation e, Locale locale) {
            FeeArithmetic a = e.arithmetic();
            return new FeeExplanationView(e.ruleSetCode(), e.careType().name(), e.hospitalLevel(), e.grade(),
                    a.fundRatio().toPlainString(), yuan(a.dailyLimit()), yuan(a.dailyCharge()),
                    yuan(a.countedCharge()), a.exactFundShare().toPlainString(), Yuan.ROUNDING.name(), a.formula(),
                    e.steps(locale));
        }
    }

    /** The calculator already rounds to fen; UNNECESSARY makes any slip there fail loudly here. */
    private static String yuan(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** The fields of api-trial.md, and how the date was counted beside them. */
    record WorkingDaysResponse(String from, int add, String date, DeadlineView explanation) {

        static WorkingDaysResponse of(DeadlineExplanation counted, Locale locale) {
            return new WorkingDaysResponse(counted.from().toString(), counted.workingDays(), counted.due().toString(),
                    DeadlineView.of(counted, locale));
        }
    }

    /** The listed days passed over or counted, the other weekend days passed over, the years read, and in words. */
    record DeadlineView(List<ListedDayView> holidaysPassed, List<ListedDayView> makeUpDaysCounted,
                        int weekendDaysPassed, List<Integer> calendarYears, List<String> steps) {

        static DeadlineView of(DeadlineExplanation e, Locale locale) {
            return new DeadlineView(ListedDayView.of(e.holidaysPassed()), ListedDayView.of(e.makeUpDaysCounted()),
                    e.weekendDaysPassed(), e.years(), e.steps(locale));
        }
    }

    record ListedDayView(String date, String name) {

        static List<ListedDayView> of(List<DeadlineExplanation.ListedDay> days) {
            return days.stream().map(d -> new ListedDayView(d.day().toString(), d.name())).toList();
        }
    }
}
