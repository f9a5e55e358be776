package org.ltcare.policy.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Validates the items and the grade matrix of a scale; the bands are {@link BandCheck}'s. */
final class ScaleCheck {

    private ScaleCheck() {
    }

    static void checkItems(AssessmentScale scale, Problems problems) {
        for (Dimension dimension : Dimension.values()) {
            List<ScaleItem> items = scale.itemsOf(dimension);
            if (items.isEmpty()) {
                problems.add("items." + dimension.key(), RuleSetMessage.DIMENSION_WITHOUT_ITEMS);
            }
            Set<String> codes = new HashSet<>();
            for (ScaleItem item : items) {
                String path = "items." + item.fieldName();
                if (item.code().isBlank()) {
                    problems.add(path, RuleSetMessage.ITEM_CODE_BLANK);
                } else if (!codes.add(item.code())) {
                    problems.add(path, RuleSetMessage.ITEM_CODE_DUPLICATE, item.code());
                }
                if (item.nameZh().isBlank()) {
                    problems.add(path, RuleSetMessage.ITEM_NAME_BLANK);
                }
                checkScores(item, path, problems);
            }
        }
    }

    private static void checkScores(ScaleItem item, String path, Problems problems) {
        if (item.allowedScores().isEmpty()) {
            problems.add(path + ".allowedScores", RuleSetMessage.ITEM_SCORES_EMPTY);
        }
        Set<Integer> seen = new HashSet<>();
        for (int score : item.allowedScores()) {
            if (score < 0) {
                problems.add(path + ".allowedScores", RuleSetMessage.ITEM_SCORE_NEGATIVE, score);
            }
            if (!seen.add(score)) {
                problems.add(path + ".allowedScores", RuleSetMessage.ITEM_SCORE_DUPLICATE, score);
            }
        }
    }

    static void checkMatrix(GradeMatrix matrix, Problems problems) {
        List<List<Integer>> rows = matrix.rows();
        if (rows.size() != GradeMatrix.SIZE) {
            problems.add("matrix", RuleSetMessage.MATRIX_ROW_COUNT, rows.size(), GradeMatrix.SIZE);
        }
        for (int row = 0; row < rows.size(); row++) {
            List<Integer> columns = rows.get(row);
            if (columns.size() != GradeMatrix.SIZE) {
                problems.add("matrix[" + row + "]", RuleSetMessage.MATRIX_COLUMN_COUNT, columns.size(),
                        GradeMatrix.SIZE);
            }
            for (int column = 0; column < columns.size(); column++) {
                int grade = columns.get(column);
                if (grade < GradeMatrix.LOWEST_GRADE || grade > GradeMatrix.HIGHEST_GRADE) {
                    problems.add("matrix[" + row + "][" + column + "]", RuleSetMessage.MATRIX_GRADE_OUT_OF_RANGE,
                            grade, GradeMatrix.LOWEST_GRADE, GradeMatrix.HIGHEST_GRADE);
                }
            }
        }
    }
}
