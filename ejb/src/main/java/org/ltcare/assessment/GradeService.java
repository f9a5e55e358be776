package org.ltcare.assessment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.ltcare.assessment.scale.GradeCalculator;
import org.ltcare.assessment.scale.GradeExplanation;
import org.ltcare.assessment.scale.GradeResult;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.RuleSetService;
import org.ltcare.shared.security.Actor;

/** Grades item scores with the rule set in force; the assessment workflow and the trial API both call it. */
@Stateless
public class GradeService {

    @Inject
    private RuleSetService ruleSets;

    /** A grade, how it came to be, and the rule-set version it was computed with. */
    public record Graded(String ruleSetCode, GradeExplanation explanation) {

        public GradeResult result() {
            return explanation.result();
        }
    }

    /**
     * @param ruleSetCode an active version of the caller's region, or null for the one in force on {@code date}
     * @throws org.ltcare.assessment.scale.InvalidScoresException naming every bad item
     */
    public Graded trial(Actor actor, String ruleSetCode, LocalDate date, Map<String, Map<String, Integer>> scores) {
        RuleSet ruleSet = ruleSets.forCalculation(actor, ruleSetCode, date);
        return new Graded(ruleSet.getCode(), GradeCalculator.explain(ruleSet.content().scale(), scores));
    }
}
