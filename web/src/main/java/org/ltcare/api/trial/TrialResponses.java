package org.ltcare.api.trial;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.ltcare.assessment.GradeService;
import org.ltcare.assessment.scale.GradeResult;
import org.ltcare.settlement.CareFeeService;
import org.ltcare.settlement.fee.CareFeeResult;
import org.ltcare.shared.i18n.EnumLabels;

/** The response bodies of the trial API, shaped exactly as ../shared/api-trial.md shows them. */
final class TrialResponses {

    private TrialResponses() {
    }

    /** Levels as codes, {@code gradeName} the national standard's Chinese name whatever the caller's language. */
    record GradeResponse(String ruleSet, int adlScore, int cognitionScore, int perceptionScore, String adlLevel,
                         String cognitionLevel, String perceptionLevel, int grade, String gradeName) {

        static GradeResponse of(GradeService.Graded graded) {
            GradeResult r = graded.result();
            return new GradeResponse(graded.ruleSetCode(), r.adlScore(), r.cognitionScore(), r.perceptionScore(),
                    r.adl().name(), r.cognition().name(), r.perception().name(), r.grade().number(),
                    EnumLabels.of(r.grade(), Locale.SIMPLIFIED_CHINESE));
        }
    }

    record RejectedDayView(String date, String reason) {
    }

    /** Money as strings with two decimals, so that no client reads it as a binary floating-point number. */
    record CareFeeResponse(String ruleSet, int claimedDays, int billableDays, String totalFee, String fundShare,
                           String personalShare, List<RejectedDayView> rejectedDays) {

        static CareFeeResponse of(CareFeeService.Computed computed) {
            CareFeeResult r = computed.result();
            return new CareFeeResponse(computed.ruleSetCode(), r.claimedDays(), r.billableDays(), yuan(r.totalFee()),
                    yuan(r.fundShare()), yuan(r.personalShare()),
                    r.rejectedDays().stream()
                            .map(d -> new RejectedDayView(d.date().toString(), d.reason().name()))
                            .toList());
        }

        /** The calculator already rounds to fen; UNNECESSARY makes any slip there fail loudly here. */
        private static String yuan(BigDecimal amount) {
            return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
        }
    }

    record WorkingDaysResponse(String from, int add, String date) {
    }
}
