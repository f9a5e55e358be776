package org.ltcare.assessment.scale;

import java.util.Objects;
import org.ltcare.policy.rules.ImpairmentLevel;

/**
 * What the scale says about one assessment: the three dimension totals, their levels and the grade.
 * Always recomputed from the 17 item scores and the rule set, never typed in.
 */
public record GradeResult(int adlScore, int cognitionScore, int perceptionScore, ImpairmentLevel adl,
        ImpairmentLevel cognition, ImpairmentLevel perception, DisabilityGrade grade) {

    public GradeResult {
        Objects.requireNonNull(adl, "adl");
        Objects.requireNonNull(cognition, "cognition");
        Objects.requireNonNull(perception, "perception");
        Objects.requireNonNull(grade, "grade");
    }

    /** CP: the worse of the cognition and perception levels, the grade matrix's column. */
    public ImpairmentLevel cognitionPerception() {
        return cognition.worse(perception);
    }
}
