package org.ltcare.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ltcare.policy.rules.Dimension.ADL;
import static org.ltcare.policy.rules.Dimension.COGNITION;
import static org.ltcare.policy.rules.Dimension.PERCEPTION;
import static org.ltcare.policy.rules.ImpairmentLevel.INTACT;
import static org.ltcare.policy.rules.ImpairmentLevel.MILD;
import static org.ltcare.policy.rules.ImpairmentLevel.MODERATE;
import static org.ltcare.policy.rules.ImpairmentLevel.SEVERE;
import static org.ltcare.policy.rules.RuleSetEdits.item;
import static org.ltcare.policy.rules.RuleSetEdits.reference;
import static org.ltcare.policy.rules.RuleSetEdits.withBand;
import static org.ltcare.policy.rules.RuleSetEdits.withItems;
import static org.ltcare.policy.rules.RuleSetEdits.withMatrix;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The scale part of the validator: items, bands and matrix. Every case lists all the problems it expects. */
class RuleSetValidatorTest {

    static Stream<Arguments> brokenScales() {
        return Stream.of(
                broken("a gap between ADL mild and intact", withBand(reference(), ADL, MILD, new ScoreRange(65, 90)),
                        problem("bands.adl.MILD", "ruleset.band.gap", "INTACT", "95", "95")),
                broken("a one-point gap between cognition moderate and mild", withBand(reference(), COGNITION, MILD,
                                new ScoreRange(5, 15)),
                        problem("bands.cognition.MODERATE", "ruleset.band.gap", "MILD", "4", "4")),
                broken("ADL moderate overlapping mild", withBand(reference(), ADL, MODERATE, new ScoreRange(45, 70)),
                        problem("bands.adl.MODERATE", "ruleset.band.overlap", "MILD", "65", "70")),
                broken("cognition mild and moderate swapped", withBand(withBand(reference(),
                                COGNITION, MILD, new ScoreRange(2, 3)), COGNITION, MODERATE, new ScoreRange(4, 15)),
                        problem("bands.cognition.MILD", "ruleset.band.gap", "INTACT", "4", "15"),
                        problem("bands.cognition.MODERATE", "ruleset.band.order", "MILD"),
                        problem("bands.cognition.SEVERE", "ruleset.band.gap", "MODERATE", "2", "3")),
                broken("an inverted band", withBand(reference(), ADL, MILD, new ScoreRange(95, 65)),
                        problem("bands.adl.MILD", "ruleset.band.inverted", "95", "65")),
                broken("a missing band", withBand(reference(), COGNITION, SEVERE, null),
                        problem("bands.cognition.SEVERE", "ruleset.band.missing")),
                broken("the worst band not starting at 0", withBand(reference(), PERCEPTION, SEVERE, new ScoreRange(1, 1)),
                        problem("bands.perception.SEVERE", "ruleset.band.notFromZero", "1")),
                broken("the best band beyond the maximum", withBand(reference(), ADL, INTACT, new ScoreRange(100, 105)),
                        problem("bands.adl.INTACT", "ruleset.band.notToMaximum", "105", "100")),
                broken("an item change moving the ADL maximum to 105",
                        withItems(reference(), replace("hygiene", item(ADL, "hygiene", 10, 5, 0))),
                        problem("bands.adl.INTACT", "ruleset.band.notToMaximum", "100", "105")),
                broken("an item without scores", withItems(reference(), replace("memory", item(COGNITION, "memory"))),
                        problem("items.cognition.memory.allowedScores", "ruleset.item.scoresEmpty"),
                        problem("bands.cognition.INTACT", "ruleset.band.notToMaximum", "16", "12")),
                broken("a duplicate score", withItems(reference(), replace("hygiene", item(ADL, "hygiene", 5, 0, 5))),
                        problem("items.adl.hygiene.allowedScores", "ruleset.item.scoreDuplicate", "5")),
                broken("a negative score", withItems(reference(), replace("hygiene", item(ADL, "hygiene", 5, 0, -5))),
                        problem("items.adl.hygiene.allowedScores", "ruleset.item.scoreNegative", "-5")),
                broken("a duplicate item code", withItems(reference(), add(item(ADL, "eating", 0))),
                        problem("items.adl.eating", "ruleset.item.codeDuplicate", "eating")),
                broken("a blank item code", withItems(reference(), add(item(ADL, " ", 0))),
                        problem("items.adl. ", "ruleset.item.codeBlank")),
                broken("a blank item name", withItems(reference(),
                                replace("bathing", new ScaleItem(ADL, "bathing", "", List.of(5, 0)))),
                        problem("items.adl.bathing", "ruleset.item.nameBlank")),
                broken("a dimension without items", withItems(reference(),
                                items -> items.stream().filter(i -> i.dimension() != PERCEPTION).toList()),
                        problem("items.perception", "ruleset.dimension.noItems"),
                        problem("bands.perception.INTACT", "ruleset.band.notToMaximum", "12", "0")),
                broken("three matrix rows", withMatrix(reference(), List.of(
                                List.of(0, 0, 1, 1), List.of(1, 1, 1, 2), List.of(2, 2, 2, 3))),
                        problem("matrix", "ruleset.matrix.rowCount", "3", "4")),
                broken("a matrix row of five", withMatrix(reference(), List.of(
                                List.of(0, 0, 1, 1), List.of(1, 1, 1, 2, 2), List.of(2, 2, 2, 3), List.of(3, 3, 4, 5))),
                        problem("matrix[1]", "ruleset.matrix.columnCount", "5", "4")),
                broken("grades 6 and -1 in the matrix", withMatrix(reference(), List.of(
                                List.of(-1, 0, 1, 1), List.of(1, 1, 1, 2), List.of(2, 2, 2, 6), List.of(3, 3, 4, 5))),
                        problem("matrix[0][0]", "ruleset.matrix.gradeOutOfRange", "-1", "0", "5"),
                        problem("matrix[2][3]", "ruleset.matrix.gradeOutOfRange", "6", "0", "5")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenScales")
    void reportsEveryProblemOfTheScale(String description, RuleSetContent content, List<RuleSetProblem> expected) {
        assertThat(RuleSetValidator.validate(content)).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Arguments broken(String description, RuleSetContent content, RuleSetProblem... expected) {
        return Arguments.of(description, content, List.of(expected));
    }

    static RuleSetProblem problem(String path, String key, String... arguments) {
        return new RuleSetProblem(path, key, List.of(arguments));
    }

    private static UnaryOperator<List<ScaleItem>> replace(String code, ScaleItem replacement) {
        return items -> items.stream().map(i -> i.code().equals(code) ? replacement : i).toList();
    }

    private static UnaryOperator<List<ScaleItem>> add(ScaleItem extra) {
        return items -> {
            List<ScaleItem> more = new ArrayList<>(items);
            more.add(extra);
            return more;
        };
    }
}
