package org.ltcare.web.trial;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ltcare.assessment.GradeService;
import org.ltcare.assessment.scale.GradeResult;
import org.ltcare.policy.RuleSetService;
import org.ltcare.policy.rules.AssessmentScale;
import org.ltcare.policy.rules.Dimension;
import org.ltcare.policy.rules.ScaleItem;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.security.Actor;
import org.ltcare.web.i18n.FacesErrors;

/**
 * 失能等级试算: the 17 item scores in three panels, the date and optionally a rule-set version; the grade as the
 * assessment workflow would compute it ({@link GradeService}), nothing stored. The result follows the choices
 * as soon as every item has a score; "compute" also names the items still missing.
 */
@Named
@ViewScoped
public class GradeTrialPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "gradeForm";

    @Inject
    private GradeService grades;

    @Inject
    private RuleSetService ruleSets;

    @Inject
    private Actor actor;

    @Inject
    private TrialTexts texts;

    @Inject
    private FacesErrors errors;

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
            dimensions = Arrays.stream(Dimension.values()).map(d -> panelOf(scale, d)).toList();
        } catch (BusinessException e) {
            errors.show(e, FORM, this::labelOf);
        }
    }

    private DimensionPanel panelOf(AssessmentScale scale, Dimension dimension) {
        List<ItemChoice> items = scale.itemsOf(dimension).stream().map(this::choiceOf).toList();
        return new DimensionPanel(dimension.key(), ScaleLabels.dimension(texts, dimension),
                texts.format("trial.dimension.hint", String.valueOf(scale.maxScore(dimension))), items);
    }

    private ItemChoice choiceOf(ScaleItem item) {
        List<NumberOption> options = item.allowedScores().stream()
                .map(score -> ScaleLabels.option(texts, item, score)).toList();
        return new ItemChoice(item.dimension().key(), item.code(), ScaleLabels.item(texts, item), options);
    }

    public void compute() {
        outcome = null;
        try {
            LocalDate on = date == null ? LocalDate.now(clock) : date;
            outcome = outcomeOf(grades.trial(actor, ruleSetCode, on, scores()));
        } catch (BusinessException e) {
            errors.show(e, FORM, this::labelOf);
        }
    }

    /** By dimension key, then item code; unchosen items go in as null, which the calculator names as missing. */
    private Map<String, Map<String, Integer>> scores() {
        Map<String, Map<String, Integer>> scores = new LinkedHashMap<>();
        for (DimensionPanel panel : dimensions) {
            Map<String, Integer> itemScores = new LinkedHashMap<>();
            panel.items().forEach(item -> itemScores.put(item.getCode(), item.getScore()));
            scores.put(panel.key(), itemScores);
        }
        return scores;
    }

    private GradeOutcome outcomeOf(GradeService.Graded graded) {
        GradeResult result = graded.result();
        return new GradeOutcome(graded.ruleSetCode(), result.adlScore(), result.cognitionScore(),
                result.perceptionScore(), ScaleLabels.level(texts, result.adl()),
                ScaleLabels.level(texts, result.cognition()), ScaleLabels.level(texts, result.perception()),
                ScaleLabels.grade(texts, result.grade()));
    }

    /** The label a field's message starts with: the item's or the dimension's name, or the form field's. */
    private String labelOf(String field) {
        return items().filter(item -> item.getField().equals(field)).map(ItemChoice::getName).findFirst()
                .or(() -> dimensions.stream().filter(p -> p.key().equals(field)).map(DimensionPanel::title).findFirst())
                .or(() -> texts.find("trial.field." + field))
                .orElse(field);
    }

    private Stream<ItemChoice> items() {
        return dimensions.stream().flatMap(panel -> panel.items().stream());
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
