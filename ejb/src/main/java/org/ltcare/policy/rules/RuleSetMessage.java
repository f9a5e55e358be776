package org.ltcare.policy.rules;

/**
 * The catalogue of rule-set validation messages; {@link #key()} is the key in the UI bundles, and the
 * comment shows the arguments ({0}, {1}, …) it is formatted with.
 */
public enum RuleSetMessage {
    /** {0} value. */
    RATIO_OUT_OF_RANGE("ruleset.ratio.outOfRange"),
    /** {0} amount. */
    AMOUNT_NEGATIVE("ruleset.amount.negative"),
    /** {0} amount. */
    AMOUNT_TOO_MANY_DECIMALS("ruleset.amount.tooManyDecimals"),
    /** {0} value. */
    COUNT_NOT_POSITIVE("ruleset.count.notPositive"),
    /** {0} value. */
    VALUE_NEGATIVE("ruleset.value.negative"),
    /** {0} value, {1} the highest score. */
    PASS_MARK_OUT_OF_RANGE("ruleset.passMark.outOfRange"),
    /** No arguments. */
    DIMENSION_WITHOUT_ITEMS("ruleset.dimension.noItems"),
    /** No arguments. */
    ITEM_CODE_BLANK("ruleset.item.codeBlank"),
    /** {0} code. */
    ITEM_CODE_DUPLICATE("ruleset.item.codeDuplicate"),
    /** No arguments. */
    ITEM_NAME_BLANK("ruleset.item.nameBlank"),
    /** No arguments. */
    ITEM_SCORES_EMPTY("ruleset.item.scoresEmpty"),
    /** {0} score. */
    ITEM_SCORE_NEGATIVE("ruleset.item.scoreNegative"),
    /** {0} score. */
    ITEM_SCORE_DUPLICATE("ruleset.item.scoreDuplicate"),
    /** No arguments. */
    BAND_MISSING("ruleset.band.missing"),
    /** {0} min, {1} max. */
    BAND_INVERTED("ruleset.band.inverted"),
    /** {0} the better neighbour level, {1} first and {2} last score no level covers. */
    BAND_GAP("ruleset.band.gap"),
    /** {0} the better neighbour level, {1} first and {2} last score both levels cover. */
    BAND_OVERLAP("ruleset.band.overlap"),
    /** {0} the better neighbour level whose scores this band's lie above. */
    BAND_ORDER("ruleset.band.order"),
    /** {0} the lowest score of the worst level. */
    BAND_NOT_FROM_ZERO("ruleset.band.notFromZero"),
    /** {0} the highest score of the best level, {1} the dimension's maximum. */
    BAND_NOT_TO_MAXIMUM("ruleset.band.notToMaximum"),
    /** {0} rows found, {1} rows expected. */
    MATRIX_ROW_COUNT("ruleset.matrix.rowCount"),
    /** {0} columns found, {1} columns expected. */
    MATRIX_COLUMN_COUNT("ruleset.matrix.columnCount"),
    /** {0} value, {1} lowest and {2} highest grade. */
    MATRIX_GRADE_OUT_OF_RANGE("ruleset.matrix.gradeOutOfRange"),
    /** No arguments. */
    GRADES_EMPTY("ruleset.grades.empty"),
    /** {0} grade, {1} lowest and {2} highest grade. */
    GRADE_OUT_OF_RANGE("ruleset.grades.outOfRange"),
    /** No arguments. */
    TARIFFS_EMPTY("ruleset.tariff.none"),
    /** No arguments. */
    TARIFF_DUPLICATE("ruleset.tariff.duplicate"),
    /** {0} level given, {1} lowest and {2} highest level. */
    TARIFF_HOSPITAL_LEVEL_INVALID("ruleset.tariff.hospitalLevelInvalid"),
    /** {0} level given. */
    TARIFF_HOSPITAL_LEVEL_NOT_APPLICABLE("ruleset.tariff.hospitalLevelNotApplicable"),
    /** {0} missing level. */
    TARIFF_LEVEL_MISSING("ruleset.tariff.levelMissing"),
    /** {0} level, {1} lowest and {2} highest level. */
    HOSPITAL_LEVEL_OUT_OF_RANGE("ruleset.hospitalLevel.outOfRange"),
    /** {0} first day, {1} last day, {2} latest allowed last day. */
    CLAIM_WINDOW_INVALID("ruleset.claimWindow.invalid");

    private final String key;

    RuleSetMessage(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
