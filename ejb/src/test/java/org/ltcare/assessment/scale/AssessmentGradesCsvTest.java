package org.ltcare.assessment.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ltcare.policy.rules.AssessmentScale;
import org.ltcare.policy.rules.Dimension;
import org.ltcare.policy.rules.FieldProblem;
import org.ltcare.policy.rules.ReferenceRuleSets;

/** The public worked cases of shared/domain/cases/assessment-grades.csv, copied unchanged to the test resources. */
class AssessmentGradesCsvTest {

    private static final String CASES = "/assessment/assessment-grades.csv";
    private static final AssessmentScale SCALE = ReferenceRuleSets.sd2025().scale();

    static Stream<CSVRecord> cases() throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = new InputStreamReader(AssessmentGradesCsvTest.class.getResourceAsStream(CASES),
                StandardCharsets.UTF_8)) {
            return format.parse(in).getRecords().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gradesEachCase(CSVRecord row) {
        var scores = ItemScores.allBest(SCALE)
                .listed(Dimension.ADL, numbers(row.get("adl")))
                .listed(Dimension.COGNITION, numbers(row.get("cognition")))
                .listed(Dimension.PERCEPTION, numbers(row.get("perception"))).toMap();

        if (row.get("expected").equals("INVALID")) {
            assertThatThrownBy(() -> GradeCalculator.compute(SCALE, scores))
                    .isInstanceOfSatisfying(InvalidScoresException.class, e -> assertThat(e.problems()).isNotEmpty());
        } else {
            GradeResult result = GradeCalculator.compute(SCALE, scores);
            assertThat(result.adlScore()).isEqualTo(Integer.parseInt(row.get("adl_total")));
            assertThat(result.cognitionScore()).isEqualTo(Integer.parseInt(row.get("cog_total")));
            assertThat(result.perceptionScore()).isEqualTo(Integer.parseInt(row.get("per_total")));
            assertThat(result.grade().number()).isEqualTo(Integer.parseInt(row.get("expected")));
        }
    }

    @Test
    void readsEveryCaseOfTheFile() throws IOException {
        assertThat(cases().map(r -> r.get("case")))
                .containsExactly("A1", "A2", "A5", "A6", "A8", "A10", "A14", "A16", "A19", "A20", "A21");
    }

    /** The file says only INVALID; the reasons, read from its rows, are pinned here. */
    @Test
    void namesTheBadFieldOfEachInvalidCase() throws IOException {
        List<CSVRecord> invalid = cases().filter(r -> r.get("expected").equals("INVALID")).toList();
        List<List<FieldProblem>> problems = invalid.stream().map(row -> {
            var scores = ItemScores.allBest(SCALE).listed(Dimension.ADL, numbers(row.get("adl")))
                    .listed(Dimension.COGNITION, numbers(row.get("cognition")))
                    .listed(Dimension.PERCEPTION, numbers(row.get("perception"))).toMap();
            try {
                GradeCalculator.compute(SCALE, scores);
                return List.<FieldProblem>of();
            } catch (InvalidScoresException e) {
                return e.problems();
            }
        }).toList();

        assertThat(problems).containsExactly(
                List.of(FieldProblem.of("adl.hygiene", "SCORE_NOT_ALLOWED", 10, "5、0")),
                List.of(FieldProblem.of("adl.walking", "SCORE_NOT_ALLOWED", 7, "15、10、5、0")),
                List.of(FieldProblem.of("cognition.memory", "MISSING")));
    }

    private static List<Integer> numbers(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
