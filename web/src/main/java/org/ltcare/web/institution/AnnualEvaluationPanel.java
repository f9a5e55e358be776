package org.ltcare.web.institution;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ltcare.institution.evaluation.AnnualEvaluation;
import org.ltcare.institution.evaluation.AnnualEvaluationService;
import org.ltcare.institution.evaluation.EvaluationItem;
import org.ltcare.institution.evaluation.ScoreSheet;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.time.ClockProducer;
import org.ltcare.web.Page;
import org.ltcare.web.i18n.Messages;

/**
 * The annual evaluations on an institution's page, visible to it; the agency's reviewer and the bureau's approver
 * score a year on the sheet, and saving a year again revises it.
 */
@Named
@ViewScoped
public class AnnualEvaluationPanel extends Page {

    @Inject
    private AnnualEvaluationService evaluations;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    private Long id;
    private List<AnnualEvaluation> recorded = List.of();
    private Integer year;
    private final EnumMap<EvaluationItem, Integer> points = new EnumMap<>(EvaluationItem.class);
    private String remarks;

    public void load() {
        id = InstitutionPages.shownInstitution(id, actor);
        recorded = InstitutionPages.listed(id, shown -> evaluations.of(actor, shown));
        if (year == null) {
            year = LocalDate.ofInstant(clock.instant(), ClockProducer.ZONE).getYear() - 1;
        }
    }

    public void save() {
        try {
            AnnualEvaluation saved = evaluations.record(actor, id, year, new ScoreSheet(points), remarks);
            errors.info("evaluation.saved", String.valueOf(saved.getYear()), String.valueOf(saved.getScore()));
            points.clear();
            remarks = null;
            load();
        } catch (BusinessException e) {
            errors.show(e, "evaluationForm", this::labelOf);
        }
    }

    /** Puts a recorded year on the form, to be revised. */
    public void edit(AnnualEvaluation evaluation) {
        year = evaluation.getYear();
        points.clear();
        points.putAll(evaluation.getSheet().points());
        remarks = evaluation.getRemarks();
    }

    /** "设施设备" for score.FACILITIES; the year and the remarks by their own labels. */
    private String labelOf(String field) {
        if (field.startsWith("score.")) {
            return itemName(EvaluationItem.valueOf(field.substring("score.".length())));
        }
        return messages.get("evaluation." + field);
    }

    /** "设施设备（满分 20）". */
    public String itemLabel(EvaluationItem item) {
        return messages.format("evaluation.itemWithMax", itemName(item), String.valueOf(item.maxPoints()));
    }

    /** "设施设备 18；人员配备 15；…" in the sheet's order. */
    public String scoresText(AnnualEvaluation evaluation) {
        Map<EvaluationItem, Integer> given = evaluation.getSheet().points();
        return messages.joinClauses(given.entrySet().stream()
                .map(e -> itemName(e.getKey()) + " " + e.getValue()).toList());
    }

    private String itemName(EvaluationItem item) {
        return messages.get("evaluation.item." + item.name());
    }

    public boolean isMayRecord() {
        return id != null && evaluations.mayRecord(actor);
    }

    public List<EvaluationItem> getItems() {
        return List.of(EvaluationItem.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<AnnualEvaluation> getRecorded() {
        return recorded;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Map<EvaluationItem, Integer> getPoints() {
        return points;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }
}
