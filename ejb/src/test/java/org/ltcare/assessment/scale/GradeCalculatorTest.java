package org.ltcare.assessment.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ltcare.policy.rules.Dimension.ADL;
import static org.ltcare.policy.rules.Dimension.COGNITION;
import static org.ltcare.policy.rules.Dimension.PERCEPTION;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ltcare.policy.rules.AssessmentScale;
import org.ltcare.policy.rules.Dimension;
import org.ltcare.policy.rules.ImpairmentLevel;
import org.ltcare.policy.rules.ReferenceRuleSets;
import org.ltcare.policy.rules.RuleSetContent;
import org.ltcare.policy.rules.RuleSetEdits;
import org.ltcare.policy.rules.ScoreRange;
import org.ltcare.shared.i18n.EnumLabels;

/** Levels at every band edge and every cell of the grade matrix, with the reference scale. */
class GradeCalculatorTest {

    private static final AssessmentScale SCALE = ReferenceRuleSets.sd2025().scale();

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
        "ADL,100,INTACT", "ADL,95,MILD", "ADL,65,MILD", "ADL,60,MODERATE", "ADL,45,MODERATE", "ADL,40,SEVERE",
        "ADL,0,SEVERE",
        "COGNITION,16,INTACT", "COGNITION,15,MILD", "COGNITION,4,MILD", "COGNITION,3,MODERATE",
        "COGNITION,2,MODERATE", "COGNITION,1,SEVERE", "COGNITION,0,SEVERE",
        "PERCEPTION,12,INTACT", "PERCEPTION,11,MILD", "PERCEPTION,4,MILD", "PERCEPTION,3,MODERATE",
        "PERCEPTION,2,MODERATE", "PERCEPTION,1,SEVERE", "PERCEPTION,0,SEVERE",
    })
    void levelChangesExactlyAtTheBandEdges(Dimension dimension, int total, ImpairmentLevel expected) {
        GradeResult result = GradeCalculator.compute(SCALE, ItemScores.allBest(SCALE).summingTo(dimension, total).toMap());

        assertThat(total(result, dimension)).isEqualTo(total);
        assertThat(level(result, dimension)).isEqualTo(expected);
    }

    /** rules.md §1, typed again: rows ADL level, columns CP level. Cognition carries CP here, perception intact. */
    @ParameterizedTest(name = "ADL {0} (total {1}), CP {2} (cognition {3}) → grade {4}")
    @CsvSource({
        "INTACT,100,INTACT,16,0", "INTACT,100,MILD,10,0", "INTACT,100,MODERATE,2,1", "INTACT,100,SEVERE,0,1",
        "MILD,80,INTACT,16,1", "MILD,80,MILD,10,1", "MILD,80,MODERATE,2,1", "MILD,80,SEVERE,0,2",
        "MODERATE,50,INTACT,16,2", "MODERATE,50,MILD,10,2", "MODERATE,50,MODERATE,2,2", "MODERATE,50,SEVERE,0,3",
        "SEVERE,20,INTACT,16,3", "SEVERE,20,MILD,10,3", "SEVERE,20,MODERATE,2,4", "SEVERE,20,SEVERE,0,5",
    })
    void gradesEveryCellOfTheMatrix(ImpairmentLevel adl, int adlTotal, ImpairmentLevel cp, int cognitionTotal,
            int grade) {
        GradeResult result = GradeCalculator.compute(SCALE, ItemScores.allBest(SCALE)
                .summingTo(ADL, adlTotal).summingTo(COGNITION, cognitionTotal).toMap());

        assertThat(result.adl()).isEqualTo(adl);
        assertThat(result.cognitionPerception()).isEqualTo(cp);
        assertThat(result.grade().number()).isEqualTo(grade);
    }

    @ParameterizedTest(name = "cognition {0}, perception {1}: CP {2}, grade {3} with ADL severe")
    @CsvSource({
        "16,0,SEVERE,5",      // perception worse
        "0,12,SEVERE,5",      // cognition worse
        "10,2,MODERATE,4",    // perception worse, moderate
        "2,8,MODERATE,4",     // cognition worse, moderate
        "10,12,MILD,3",
        "16,12,INTACT,3",
    })
    void cpIsTheWorseOfCognitionAndPerception(int cognition, int perception, ImpairmentLevel cp, int grade) {
        GradeResult result = GradeCalculator.compute(SCALE, ItemScores.allBest(SCALE).summingTo(ADL, 20)
                .summingTo(COGNITION, cognition).summingTo(PERCEPTION, perception).toMap());

        assertThat(result.cognitionPerception()).isEqualTo(cp);
        assertThat(result.grade().number()).isEqualTo(grade);
    }

    @Test
    void reportsAllLevelsAndTheGradeName() {
        GradeResult result = GradeCalculator.compute(SCALE, ItemScores.allBest(SCALE)
                .summingTo(ADL, 60).summingTo(COGNITION, 3).summingTo(PERCEPTION, 11).toMap());

        assertThat(result).isEqualTo(new GradeResult(60, 3, 11, ImpairmentLevel.MODERATE, ImpairmentLevel.MODERATE,
                ImpairmentLevel.MILD, DisabilityGrade.MODERATE));
        assertThat(EnumLabels.of(result.grade(), Locale.SIMPLIFIED_CHINESE)).isEqualTo("中度失能");
    }

    @Test
    void usesTheBandsOfTheRuleSetItIsGiven() {
        RuleSetContent stricter = RuleSetEdits.withBand(RuleSetEdits.withBand(ReferenceRuleSets.sd2025(),
                ADL, ImpairmentLevel.MODERATE, new ScoreRange(50, 60)), ADL, ImpairmentLevel.SEVERE, new ScoreRange(0, 45));
        Map<String, Map<String, Integer>> adl45 = ItemScores.allBest(SCALE).summingTo(ADL, 45).toMap();

        assertThat(GradeCalculator.compute(SCALE, adl45).adl()).isEqualTo(ImpairmentLevel.MODERATE);
        assertThat(GradeCalculator.compute(stricter.scale(), adl45).adl()).isEqualTo(ImpairmentLevel.SEVERE);
    }

    @Test
    void refusesToGradeWithAScaleWhoseBandsLeaveATotalOut() {
        RuleSetContent gap = RuleSetEdits.withBand(ReferenceRuleSets.sd2025(), ADL, ImpairmentLevel.MILD,
                new ScoreRange(70, 95));

        assertThatThrownBy(() -> GradeCalculator.compute(gap.scale(), ItemScores.allBest(SCALE).summingTo(ADL, 65).toMap()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("adl");
    }

    private static int total(GradeResult result, Dimension dimension) {
        return switch (dimension) {
            case ADL -> result.adlScore();
            case COGNITION -> result.cognitionScore();
            case PERCEPTION -> result.perceptionScore();
        };
    }

    private static ImpairmentLevel level(GradeResult result, Dimension dimension) {
        return switch (dimension) {
            case ADL -> result.adl();
            case COGNITION -> result.cognition();
            case PERCEPTION -> result.perception();
        };
    }
}
