package org.ltcare.institution.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ltcare.shared.ValidationException;

class AnnualEvaluationFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final ScoreSheet FULL = new ScoreSheet(Map.of(EvaluationItem.FACILITIES, 18,
            EvaluationItem.STAFFING, 15, EvaluationItem.MANAGEMENT, 16, EvaluationItem.CARE_QUALITY, 20,
            EvaluationItem.INFORMATION_SYSTEMS, 9));

    private static List<String> problems(AnnualEvaluationForm form) {
        try {
            form.check(TODAY);
            return List.of();
        } catch (ValidationException e) {
            return e.errors().stream().map(error -> error.field() + ":" + error.messageKey()).toList();
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "1999, year:evaluation.year.tooEarly",
            "2000, ''",
            "2025, ''",
            "2026, ''",
            "2027, year:evaluation.year.future"
    })
    void aYearFrom2000UpToTheCurrentOneMayBeEvaluated(int year, String expected) {
        assertThat(problems(new AnnualEvaluationForm(year, FULL, null)))
                .isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
    }

    @Test
    void remarksAreTrimmedAndAtMost500Characters() {
        assertThat(new AnnualEvaluationForm(2025, FULL, "  服务规范  ").remarks()).isEqualTo("服务规范");
        assertThat(new AnnualEvaluationForm(2025, FULL, "   ").remarks()).isNull();
        assertThat(problems(new AnnualEvaluationForm(2025, FULL, " " + "优".repeat(500) + " "))).isEmpty();
        assertThat(problems(new AnnualEvaluationForm(2025, FULL, "优".repeat(501))))
                .containsExactly("remarks:evaluation.remarks.tooLong");
    }

    @Test
    void namesEveryProblemAtOnce() {
        ScoreSheet partial = new ScoreSheet(Map.of(EvaluationItem.FACILITIES, 21, EvaluationItem.STAFFING, 15,
                EvaluationItem.MANAGEMENT, 16, EvaluationItem.CARE_QUALITY, 20));

        assertThat(problems(new AnnualEvaluationForm(2027, partial, "优".repeat(501)))).containsExactly(
                "year:evaluation.year.future", "score.FACILITIES:evaluation.score.outOfRange",
                "score.INFORMATION_SYSTEMS:evaluation.score.missing", "remarks:evaluation.remarks.tooLong");
    }

    @Test
    void noSheetIsASheetWithEveryItemMissing() {
        assertThat(problems(new AnnualEvaluationForm(2025, null, null))).hasSize(EvaluationItem.values().length);
    }

    @Test
    void theFutureYearIsNamedInTheMessage() {
        assertThatThrownBy(() -> new AnnualEvaluationForm(2027, FULL, null).check(TODAY))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).arguments()).containsExactly("2026"));
    }
}
