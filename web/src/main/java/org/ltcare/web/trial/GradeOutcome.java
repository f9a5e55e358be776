package org.ltcare.web.trial;

import java.io.Serializable;
import java.util.List;

/**
 * What the grade page shows of a computed grade, as texts of the page's language. Kept instead of the domain's
 * result because a view-scoped bean must be serialisable.
 */
public record GradeOutcome(String ruleSetCode, int adlScore, int cognitionScore, int perceptionScore,
        String adlLevel, String cognitionLevel, String perceptionLevel, String grade, List<String> steps)
        implements Serializable {

    public GradeOutcome {
        steps = List.copyOf(steps);
    }
}
