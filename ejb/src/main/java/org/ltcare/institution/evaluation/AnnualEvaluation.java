package org.ltcare.institution.evaluation;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.ltcare.shared.audit.AuditStates;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.audit.AuditedField;
import org.ltcare.shared.model.Stamp;
import org.ltcare.shared.model.Versioned;

/**
 * The annual evaluation (年度考核) of a contracted institution: one per institution and year, scored 0–100 on the
 * score sheet, and read at annual clearing for the quality deposit. Evaluating the same year again revises it.
 */
@Entity
@Table(name = "annual_evaluation")
public class AnnualEvaluation extends Versioned implements Auditable {

    @AuditedField
    private long institutionId;

    @AuditedField
    private int year;

    @AuditedField
    private String scores;

    @AuditedField
    private int score;

    @AuditedField
    private String remarks;

    @Embedded
    private Stamp evaluated;

    protected AnnualEvaluation() {
    }

    AnnualEvaluation(long institutionId, AnnualEvaluationForm checked, String evaluatedBy, Instant evaluatedAt) {
        this.institutionId = institutionId;
        this.year = checked.year();
        take(checked, evaluatedBy, evaluatedAt);
    }

    /** The scores and remarks of a new evaluation of the same year replace these; the evaluator is the reviser. */
    void revise(AnnualEvaluationForm checked, String by, Instant at) {
        if (checked.year() != year) {
            throw new IllegalArgumentException("an evaluation of " + year + " revised with " + checked.year());
        }
        take(checked, by, at);
    }

    private void take(AnnualEvaluationForm checked, String by, Instant at) {
        this.scores = checked.sheet().toJson();
        this.score = checked.sheet().total();
        this.remarks = checked.remarks();
        this.evaluated = Stamp.of(by, at);
    }

    @Override
    public String auditType() {
        return "AnnualEvaluation";
    }

    @Override
    public Map<String, Object> auditState() {
        return AuditStates.of(this);
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public int getYear() {
        return year;
    }

    public ScoreSheet getSheet() {
        return ScoreSheet.fromJson(scores);
    }

    public int getScore() {
        return score;
    }

    public String getRemarks() {
        return remarks;
    }

    public Stamp getEvaluated() {
        return evaluated;
    }
}
