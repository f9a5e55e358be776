package org.ltcare.assessment.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ltcare.policy.rules.AssessmentScale;
import org.ltcare.policy.rules.Dimension;
import org.ltcare.policy.rules.ImpairmentLevel;
import org.ltcare.policy.rules.ReferenceRuleSets;

class GradePreviewTest {

    private static final AssessmentScale SCALE = ReferenceRuleSets.sd2025().scale();

    @Test
    void nothingChosenShowsZerosWithoutLevelsOrGrade() {
        GradePreview preview = GradePreview.of(SCALE, Map.of());

        assertThat(preview.of(Dimension.ADL).score()).isZero();
        assertThat(preview.of(Dimension.ADL).items()).isEqualTo(10);
        assertThat(preview.of(Dimension.ADL).level()).isEmpty();
        assertThat(preview.result()).isEmpty();
    }

    @Test
    void aCompleteDimensionHasItsLevelBeforeTheOthersAreDone() {
        Map<String, Map<String, Integer>> scores = new HashMap<>();
        scores.put("cognition", Map.of("time", 1, "person", 1, "place", 0, "memory", 0));
        scores.put("adl", Map.of("eating", 10, "dressing", 5));

        GradePreview preview = GradePreview.of(SCALE, scores);

        assertThat(preview.of(Dimension.COGNITION).level()).contains(ImpairmentLevel.MODERATE);
        assertThat(preview.of(Dimension.ADL).score()).isEqualTo(15);
        assertThat(preview.of(Dimension.ADL).chosen()).isEqualTo(2);
        assertThat(preview.of(Dimension.ADL).level()).isEmpty();
        assertThat(preview.result()).isEmpty();
    }

    @Test
    void allSeventeenChosenGiveTheCalculatorsGrade() {
        Map<String, Map<String, Integer>> scores = Map.of(
                "adl", Map.of("eating", 5, "dressing", 0, "hygiene", 0, "bowel", 5, "bladder", 5, "toilet", 0,
                        "walking", 0, "transfer", 5, "stairs", 0, "bathing", 0),
                "cognition", Map.of("time", 4, "person", 4, "place", 4, "memory", 4),
                "perception", Map.of("vision", 4, "hearing", 4, "communication", 4));

        GradePreview preview = GradePreview.of(SCALE, scores);

        assertThat(preview.result()).contains(GradeCalculator.compute(SCALE, scores));
        assertThat(preview.result().orElseThrow().grade()).isEqualTo(DisabilityGrade.SEVERE_I);
    }

    @Test
    void aScoreOutsideTheItemsSetDoesNotCountAsChosen() {
        GradePreview preview = GradePreview.of(SCALE, Map.of("perception",
                Map.of("vision", 7, "hearing", 4, "communication", 4)));

        assertThat(preview.of(Dimension.PERCEPTION).chosen()).isEqualTo(2);
        assertThat(preview.of(Dimension.PERCEPTION).score()).isEqualTo(8);
        assertThat(preview.of(Dimension.PERCEPTION).level()).isEmpty();
    }
}
