package org.ltcare.web.trial;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ltcare.assessment.GradeService;
import org.ltcare.assessment.scale.GradeResult;
import org.ltcare.policy.RuleSetService;
import org.ltcare.policy.rules.AssessmentScale;
import org.ltcare.shared.BusinessException;
import org.ltcare.web.Page;

/**
 * 失能等级试算: the 17 item scores in three panels, the date and optionally a rule-set version; the grade as the
 * assessment workflow would compute it ({@link GradeService}), nothing stored. The result follows the choices
 * as soon as every item has a score; "compute" also names the items still missing.
 */
@Named
@ViewScoped
public class GradeTrialPage extends Page {

    static final String FORM = "gradeForm";

    @Inject
    private GradeService grades;

    @Inject
    private RuleSetService ruleSets;

    @Inject
    private TrialTexts texts;

    @Inject
    private Clock clock;

    private LocalDate date;
    private String ruleSetCode;
    private List<DimensionPanel> dimensions = List.of();
    private GradeOutcome outcome;

    /**
     * The items come from the scale in force today. Loaded here rather than in a view action: the page builds
     * one component per item (c:forEach, for stable ids), which happens before view actions run.
     */
    @PostConstruct
    void load() {
        date = LocalDate.now(clock);
        try {
            AssessmentScale scale = ruleSets.forCalculation(actor, null, date).content().scale();
            dimensions = ScaleChoices.panels(scale, texts);
        } catch (BusinessException e) {
            errors.show(e, FORM, this::labelOf);
        }
    }

    public void compute() {
        outcome = null;
        try {
            LocalDate on = date == null ? LocalDate.now(clock) : date;
            outcome = outcomeOf(grades.trial(actor, ruleSetCode, on, ScaleChoices.scores(dimensions)));
        } catch (BusinessException e) {
            errors.show(e, FORM, this::labelOf);
        }
    }

    private GradeOutcome outcomeOf(GradeService.Graded graded) {
        GradeResult result = graded.result();
        return new GradeOutcome(graded.ruleSetCode(), result.adlScore(), result.cognitionScore(),
                result.perceptionScore(), texts.label(result.adl()), texts.label(result.cognition()),
                texts.label(result.perception()), ScaleLabels.grade(texts, result.grade()),
                graded.explanation().steps(texts.locale(), graded.ruleSetCode()));
    }

    /** The label a field's message starts with: the item's or the dimension's name, or the form field's. */
    private String labelOf(String field) {
        return ScaleChoices.labelOf(dimensions, field)
                .or(() -> texts.find("trial.field." + field))
                .orElse(field);
    }

    public List<DimensionPanel> getDimensions() {
        return dimensions;
    }

    public GradeOutcome getOutcome() {
        return outcome;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getRuleSetCode() {
        return ruleSetCode;
    }

    public void setRuleSetCode(String ruleSetCode) {
        this.ruleSetCode = ruleSetCode;
    }
}
