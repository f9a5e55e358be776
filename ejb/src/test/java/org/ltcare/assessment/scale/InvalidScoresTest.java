package org.ltcare.assessment.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.ltcare.policy.rules.AssessmentScale;
import org.ltcare.policy.rules.FieldProblem;
import org.ltcare.policy.rules.MessageDrafts;
import org.ltcare.policy.rules.ReferenceRuleSets;
import org.ltcare.shared.ValidationException;

/** Scores that cannot be graded: every bad field is named, with a code and, where useful, the allowed scores. */
class InvalidScoresTest {

    private static final AssessmentScale SCALE = ReferenceRuleSets.sd2025().scale();

    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad("a missing dimension", s -> s.removeDimension("cognition"), problem("cognition", "MISSING")),
                bad("a missing item", s -> s.remove("adl", "hygiene"), problem("adl.hygiene", "MISSING")),
                bad("a null score", s -> s.set("perception", "hearing", null), problem("perception.hearing", "MISSING")),
                bad("an unknown item", s -> s.set("adl", "cooking", 5), problem("adl.cooking", "UNKNOWN_ITEM")),
                bad("an unknown dimension", s -> s.set("mood", "happy", 4), problem("mood", "UNKNOWN_ITEM")),
                bad("a score not allowed", s -> s.set("adl", "hygiene", 10),
                        problem("adl.hygiene", "SCORE_NOT_ALLOWED", "10", "5、0")),
                bad("a negative score", s -> s.set("cognition", "memory", -1),
                        problem("cognition.memory", "SCORE_NOT_ALLOWED", "-1", "4、3、2、1、0")),
                bad("a cognition score above 4", s -> s.set("cognition", "time", 5),
                        problem("cognition.time", "SCORE_NOT_ALLOWED", "5", "4、3、2、1、0")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void namesTheBadField(String description, UnaryOperator<ItemScores> edit, FieldProblem expected) {
        Map<String, Map<String, Integer>> scores = edit.apply(ItemScores.allBest(SCALE)).toMap();

        assertThatThrownBy(() -> GradeCalculator.compute(SCALE, scores))
                .isInstanceOfSatisfying(InvalidScoresException.class,
                        e -> assertThat(e.problems()).containsExactly(expected));
    }

    @Test
    void namesEveryBadFieldAtOnceInAStableOrder() {
        Map<String, Map<String, Integer>> scores = ItemScores.allBest(SCALE)
                .set("zeta", "x", 1).set("alpha", "y", 1)
                .set("adl", "walking", 7).remove("adl", "eating").set("adl", "zz", 0).set("adl", "aa", 0)
                .removeDimension("perception").set("cognition", "place", null).toMap();

        assertThatThrownBy(() -> GradeCalculator.compute(SCALE, scores))
                .isInstanceOfSatisfying(InvalidScoresException.class, e -> assertThat(e.problems()).containsExactly(
                        problem("adl.eating", "MISSING"),
                        problem("adl.walking", "SCORE_NOT_ALLOWED", "7", "15、10、5、0"),
                        problem("adl.aa", "UNKNOWN_ITEM"),
                        problem("adl.zz", "UNKNOWN_ITEM"),
                        problem("cognition.place", "MISSING"),
                        problem("perception", "MISSING"),
                        problem("alpha", "UNKNOWN_ITEM"),
                        problem("zeta", "UNKNOWN_ITEM")));
    }

    @Test
    void treatsNoScoresAtAllAsThreeMissingDimensions() {
        assertThatThrownBy(() -> GradeCalculator.compute(SCALE, null))
                .isInstanceOfSatisfying(InvalidScoresException.class, e -> assertThat(e.problems()).containsExactly(
                        problem("adl", "MISSING"), problem("cognition", "MISSING"), problem("perception", "MISSING")));
    }

    @Test
    void isAValidationExceptionWithBundleKeysForTheRestLayer() {
        Map<String, Map<String, Integer>> scores = ItemScores.allBest(SCALE).set("adl", "hygiene", 10)
                .remove("adl", "bathing").toMap();

        assertThatThrownBy(() -> GradeCalculator.compute(SCALE, scores))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new ValidationException.FieldError("adl.hygiene", "assessmentScore.SCORE_NOT_ALLOWED",
                                List.of("10", "5、0")),
                        new ValidationException.FieldError("adl.bathing", "assessmentScore.MISSING")));
    }

    @Test
    void theCallerCannotChangeTheProblemsAfterwards() {
        List<FieldProblem> problems = new ArrayList<>(List.of(problem("adl", "MISSING")));
        InvalidScoresException e = new InvalidScoresException(problems);
        problems.clear();

        assertThat(e.problems()).hasSize(1);
        assertThatThrownBy(() -> new InvalidScoresException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(ScoreProblemCode.class)
    void everyCodeHasTexts(ScoreProblemCode code) {
        MessageDrafts.assertTexts(code.messageKey(), code == ScoreProblemCode.SCORE_NOT_ALLOWED ? 2 : 0);
    }

    private static Arguments bad(String description, UnaryOperator<ItemScores> edit, FieldProblem expected) {
        return Arguments.of(description, edit, expected);
    }

    private static FieldProblem problem(String field, String code, String... arguments) {
        return new FieldProblem(field, code, List.of(arguments));
    }
}
