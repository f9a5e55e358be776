package org.ltcare.institution.evaluation;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.model.Stamp;

/**
 * The annual evaluation (年度考核) of a contracted institution: one per institution and year, scored 0–100 on the
 * score sheet, and read at annual clearing for the quality deposit. Evaluating the same year again revises it.
 */
@Entity
@Table(name = "annual_evaluation")
public class AnnualEvaluation implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false, length = 500)
    private String scores;

    @Column(nullable = false)
    private int score;

    @Column(length = AnnualEvaluationForm.REMARKS_LENGTH)
    private String remarks;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "evaluated_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "evaluated_at"))
    private Stamp evaluated;

    @Version
    private long version;

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
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("institutionId", institutionId);
        state.put("year", year);
        state.put("scores", scores);
        state.put("score", score);
        state.put("remarks", remarks);
        return state;
    }

    public Long getId() {
        return id;
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
