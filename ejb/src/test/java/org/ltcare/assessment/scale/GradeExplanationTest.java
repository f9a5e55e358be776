package org.ltcare.assessment.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ltcare.assessment.scale.GradeExplanation.DimensionScore;
import org.ltcare.policy.rules.AssessmentScale;
import org.ltcare.policy.rules.Dimension;
import org.ltcare.policy.rules.ReferenceRuleSets;

/** A grade's explanation carries the numbers that make it: recomputing from them gives the same grade. */
class GradeExplanationTest {

    private static final AssessmentScale SCALE = ReferenceRuleSets.sd2025().scale();

    static List<CSVRecord> validCases() throws Exception {
        return AssessmentGradesCsvTest.cases().filter(row -> !row.get("expected").equals("INVALID")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void recomputingFromTheExplanationGivesTheGrade(CSVRecord row) {
        GradeExplanation explanation = GradeCalculator.explain(SCALE, scoresOf(row));

        for (DimensionScore d : explanation.dimensions()) {
            assertThat(d.items()).hasSize(SCALE.itemsOf(d.dimension()).size());
            assertThat(d.items().stream().mapToInt(GradeExplanation.ItemScore::score).sum()).isEqualTo(d.total());
            assertThat(d.total()).isBetween(d.bandMin(), d.bandMax());
            assertThat(SCALE.bandsOf(d.dimension()).get(d.level()).contains(d.total())).isTrue();
        }
        DimensionScore adl = explanation.dimensions().get(0);
        DimensionScore cognition = explanation.dimensions().get(1);
        DimensionScore perception = explanation.dimensions().get(2);
        assertThat(SCALE.matrix().gradeAt(adl.level(), cognition.level().worse(perception.level())))
                .isEqualTo(explanation.result().grade().number())
                .isEqualTo(Integer.parseInt(row.get("expected")));
        assertThat(explanation.result()).isEqualTo(GradeCalculator.compute(SCALE, scoresOf(row)));
    }

    @Test
    void theStepsNameTheScoresBandsAndMatrixCell() throws Exception {
        CSVRecord a8 = validCases().stream().filter(row -> row.get("case").equals("A8")).findFirst().orElseThrow();

        List<String> steps = GradeCalculator.explain(SCALE, scoresOf(a8)).steps(Locale.SIMPLIFIED_CHINESE, "SD-2025");

        assertThat(steps).hasSize(6);
        assertThat(steps.get(0)).isEqualTo("按规则版本 SD-2025 的评估量表与等级矩阵");
        assertThat(steps.get(1)).startsWith("日常生活活动能力：进食 5 + ").contains("= 40 分，在 ")
                .endsWith("→「重度」");
        assertThat(steps.get(2)).isEqualTo("认知能力：时间定向 4 + 人物定向 4 + 空间定向 4 + 记忆力 4 = 16 分，在 16 分区间 →「完好」");
        assertThat(steps.get(4)).isEqualTo("认知能力「完好」与感知觉与沟通能力「完好」取较重者 →「完好」");
        assertThat(steps.get(5)).isEqualTo("等级矩阵：日常生活活动能力「重度」× 认知与感知觉「完好」→ 3 级（重度失能Ⅰ级）");
        assertThat(GradeCalculator.explain(SCALE, scoresOf(a8)).steps(Locale.ENGLISH, "SD-2025").get(1))
                .startsWith("Activities of daily living: Eating 5 + Dressing 5 + Face and mouth hygiene 0 + ");
    }

    private static Map<String, Map<String, Integer>> scoresOf(CSVRecord row) {
        return ItemScores.allBest(SCALE).listed(Dimension.ADL, numbers(row.get("adl")))
                .listed(Dimension.COGNITION, numbers(row.get("cognition")))
                .listed(Dimension.PERCEPTION, numbers(row.get("perception"))).toMap();
    }

    private static List<Integer> numbers(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
