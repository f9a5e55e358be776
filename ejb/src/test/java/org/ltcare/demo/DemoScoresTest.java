package org.ltcare.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ltcare.assessment.scale.GradeCalculator;
import org.ltcare.policy.rules.ReferenceRuleSets;

/** The demo's assessments are graded by the reference scale as their names say. */
class DemoScoresTest {

    @Test
    void theScoresGiveTheGradesTheirNamesSay() {
        var scale = ReferenceRuleSets.sd2025().scale();
        assertThat(GradeCalculator.compute(scale, DemoScores.grade3()).grade().number()).isEqualTo(3);
        assertThat(GradeCalculator.compute(scale, DemoScores.grade4()).grade().number()).isEqualTo(4);
        assertThat(GradeCalculator.compute(scale, DemoScores.grade5()).grade().number()).isEqualTo(5);
    }
}
