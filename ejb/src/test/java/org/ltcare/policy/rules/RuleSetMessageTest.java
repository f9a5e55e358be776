package org.ltcare.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RuleSetMessageTest {

    /** How many arguments the validator passes with each message: the texts must show all of them. */
    private static final Map<RuleSetMessage, Integer> ARGUMENTS = Map.ofEntries(
            Map.entry(RuleSetMessage.RATIO_OUT_OF_RANGE, 1), Map.entry(RuleSetMessage.AMOUNT_NEGATIVE, 1),
            Map.entry(RuleSetMessage.AMOUNT_TOO_MANY_DECIMALS, 1), Map.entry(RuleSetMessage.COUNT_NOT_POSITIVE, 1),
            Map.entry(RuleSetMessage.VALUE_NEGATIVE, 1), Map.entry(RuleSetMessage.DIMENSION_WITHOUT_ITEMS, 0),
            Map.entry(RuleSetMessage.ITEM_CODE_BLANK, 0), Map.entry(RuleSetMessage.ITEM_CODE_DUPLICATE, 1),
            Map.entry(RuleSetMessage.ITEM_NAME_BLANK, 0), Map.entry(RuleSetMessage.ITEM_SCORES_EMPTY, 0),
            Map.entry(RuleSetMessage.ITEM_SCORE_NEGATIVE, 1), Map.entry(RuleSetMessage.ITEM_SCORE_DUPLICATE, 1),
            Map.entry(RuleSetMessage.BAND_MISSING, 0), Map.entry(RuleSetMessage.BAND_INVERTED, 2),
            Map.entry(RuleSetMessage.BAND_GAP, 3), Map.entry(RuleSetMessage.BAND_OVERLAP, 3),
            Map.entry(RuleSetMessage.BAND_ORDER, 1), Map.entry(RuleSetMessage.BAND_NOT_FROM_ZERO, 1),
            Map.entry(RuleSetMessage.BAND_NOT_TO_MAXIMUM, 2), Map.entry(RuleSetMessage.MATRIX_ROW_COUNT, 2),
            Map.entry(RuleSetMessage.MATRIX_COLUMN_COUNT, 2), Map.entry(RuleSetMessage.MATRIX_GRADE_OUT_OF_RANGE, 3),
            Map.entry(RuleSetMessage.GRADES_EMPTY, 0), Map.entry(RuleSetMessage.GRADE_OUT_OF_RANGE, 3),
            Map.entry(RuleSetMessage.TARIFFS_EMPTY, 0), Map.entry(RuleSetMessage.TARIFF_DUPLICATE, 0),
            Map.entry(RuleSetMessage.TARIFF_HOSPITAL_LEVEL_INVALID, 3),
            Map.entry(RuleSetMessage.TARIFF_HOSPITAL_LEVEL_NOT_APPLICABLE, 1),
            Map.entry(RuleSetMessage.TARIFF_LEVEL_MISSING, 1), Map.entry(RuleSetMessage.HOSPITAL_LEVEL_OUT_OF_RANGE, 3),
            Map.entry(RuleSetMessage.CLAIM_WINDOW_INVALID, 3), Map.entry(RuleSetMessage.PASS_MARK_OUT_OF_RANGE, 2));

    @ParameterizedTest
    @EnumSource(RuleSetMessage.class)
    void hasAChineseAndAnEnglishText(RuleSetMessage message) {
        assertThat(ARGUMENTS).containsKey(message);
        MessageDrafts.assertTexts(message.key(), ARGUMENTS.get(message));
    }

    @Test
    void keysAreDistinctAndNamespaced() {
        assertThat(Arrays.stream(RuleSetMessage.values()).map(RuleSetMessage::key))
                .doesNotHaveDuplicates().allMatch(key -> key.startsWith("ruleset."));
    }
}
