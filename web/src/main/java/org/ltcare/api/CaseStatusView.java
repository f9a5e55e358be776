package org.ltcare.api;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ltcare.assessment.CaseStatus;
import org.ltcare.assessment.scale.DisabilityGrade;
import org.ltcare.shared.calendar.DeadlineExplanation;
import org.ltcare.shared.i18n.EnumLabels;
import org.ltcare.web.i18n.Messages;

/**
 * A case's status as the API shows it. Every key is always present, null when it does not apply yet, so that a
 * client can tell "no conclusion" from an old server. Dates are ISO strings (yyyy-MM-dd).
 */
@JsonbNillable
public record CaseStatusView(long applicationId, String status, String stage, String stageText, Integer round,
                             String assessmentDueOn, List<String> assessmentDueHow, Integer grade,
                             NoticeView notice, ConclusionView conclusion,
                             String refusalGround) {

    @JsonbNillable
    public record NoticeView(String startsOn, String endsOn, List<String> endsOnHow, boolean open) {
    }

    /** {@code gradeName} is the national standard's Chinese name in every language, as the trial API gives it. */
    @JsonbNillable
    public record ConclusionView(String documentNumber, int grade, String gradeName, String concludedOn,
                                 String validThrough, String benefitFrom) {
    }

    static CaseStatusView of(CaseStatus s, Locale locale) {
        CaseStatus.Notice n = s.notice();
        CaseStatus.Conclusion c = s.conclusion();
        return new CaseStatusView(s.applicationId(), s.status().name(), s.stage().name(),
                Messages.text(locale, "caseStage." + s.stage().name()), s.round(), iso(s.assessmentDueOn()),
                stepsOf(s.assessmentDueBasis(), locale), s.grade(),
                n == null ? null : new NoticeView(iso(n.startsOn()), iso(n.endsOn()), stepsOf(n.endsBasis(), locale),
                        n.open()),
                c == null ? null : new ConclusionView(c.documentNumber(), c.grade(),
                        EnumLabels.of(DisabilityGrade.of(c.grade()), Locale.SIMPLIFIED_CHINESE),
                        iso(c.concludedOn()), iso(c.validThrough()), iso(c.benefitFrom())),
                s.refusalGround() == null ? null : s.refusalGround().name());
    }

    private static List<String> stepsOf(DeadlineExplanation basis, Locale locale) {
        return basis == null ? null : basis.steps(locale);
    }

    private static String iso(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
