package org.ltcare.institution.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.ltcare.shared.ValidationException;
import org.junit.jupiter.api.Test;

class ScoreSheetTest {

    @Test
    void theItemsTogetherGiveAHundredPoints() {
        assertThat(Arrays.stream(EvaluationItem.values()).mapToInt(EvaluationItem::maxPoints).sum()).isEqualTo(100);
    }

    @Test
    void totalsTheItemsAndReadsBackWhatItWrote() {
        ScoreSheet sheet = new ScoreSheet(Map.of(EvaluationItem.FACILITIES, 18, EvaluationItem.STAFFING, 15,
                EvaluationItem.MANAGEMENT, 16, EvaluationItem.CARE_QUALITY, 20, EvaluationItem.INFORMATION_SYSTEMS, 9));

        assertThat(sheet.check().total()).isEqualTo(78);
        assertThat(ScoreSheet.fromJson(sheet.toJson())).isEqualTo(sheet);
    }

    @Test
    void namesEveryMissingOrOutOfRangeItem() {
        Map<EvaluationItem, Integer> points = new EnumMap<>(EvaluationItem.class);
        points.put(EvaluationItem.FACILITIES, 21);
        points.put(EvaluationItem.STAFFING, -1);
        points.put(EvaluationItem.MANAGEMENT, 20);
        points.put(EvaluationItem.CARE_QUALITY, 25);

        assertThatThrownBy(() -> new ScoreSheet(points).check())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field)
                        .containsExactly("score.FACILITIES", "score.STAFFING", "score.INFORMATION_SYSTEMS"));
    }
}
