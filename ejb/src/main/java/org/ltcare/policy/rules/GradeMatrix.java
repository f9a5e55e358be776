package org.ltcare.policy.rules;

import java.util.List;
import java.util.Objects;

/**
 * The grade for each pair (ADL level, CP level), where CP is the worse of the cognition and perception
 * levels. Rows and columns follow {@link ImpairmentLevel} order, intact first. Values are grades 0–5.
 * The shape is checked by {@link RuleSetValidator}, so a bureau's draft can be stored and corrected.
 */
public record GradeMatrix(List<List<Integer>> rows) {

    public static final int SIZE = ImpairmentLevel.values().length;
    /** Grades run from 0 (基本正常) to 5 (重度失能Ⅲ级) in the national standard; no region changes that. */
    public static final int LOWEST_GRADE = 0;
    public static final int HIGHEST_GRADE = 5;

    public GradeMatrix {
        rows = Objects.requireNonNull(rows, "rows").stream().map(List::copyOf).toList();
    }

    /** @throws IllegalStateException if the matrix is not 4×4: grade only with validated content */
    public int gradeAt(ImpairmentLevel adl, ImpairmentLevel cognitionPerception) {
        int row = adl.ordinal();
        int column = cognitionPerception.ordinal();
        if (rows.size() != SIZE || rows.get(row).size() != SIZE) {
            throw new IllegalStateException("the grade matrix is not " + SIZE + "×" + SIZE + "; validate the rule set");
        }
        return rows.get(row).get(column);
    }
}
