package org.ltcare.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.ltcare.assessment.scale.ItemScoresJson;
import org.ltcare.shared.audit.AuditStates;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.audit.AuditedField;
import org.ltcare.shared.model.Identified;

/**
 * 评估结论: the grade benefits are decided on, with the rule-set version it was computed with and a snapshot of
 * the 17 item scores, so that later changes to the rule set or the assessment never change it. A later
 * conclusion for the same person supersedes it.
 */
@Entity
@Table(name = "assessment_conclusion")
public class AssessmentConclusion extends Identified implements Auditable {

    public enum Status { IN_FORCE, SUPERSEDED }

    @AuditedField
    private String documentNumber;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "application_id")
    @AuditedField
    private AssessmentApplication application;

    @AuditedField
    private long assessmentId;

    private long insuredId;

    @AuditedField
    private int grade;

    private int adlScore;

    private int cognitionScore;

    private int perceptionScore;

    @AuditedField
    private String itemScores;

    private long ruleSetId;

    @AuditedField
    private String ruleSetCode;

    @AuditedField
    private LocalDate concludedOn;

    @AuditedField
    private LocalDate validThrough;

    @AuditedField
    private LocalDate benefitFrom;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private Status status;

    @AuditedField
    private Long supersededById;

    private Instant issuedAt;

    protected AssessmentConclusion() {
    }

    AssessmentConclusion(String documentNumber, Assessment approved, LocalDate concludedOn, LocalDate validThrough,
                         LocalDate benefitFrom, Instant issuedAt) {
        if (approved.getStatus() != AssessmentStatus.APPROVED) {
            throw new IllegalStateException("only an approved assessment is concluded: " + approved.getStatus());
        }
        this.documentNumber = Objects.requireNonNull(documentNumber, "documentNumber");
        this.application = approved.getApplication();
        this.assessmentId = approved.getId();
        this.insuredId = approved.getApplication().getInsured().getId();
        this.grade = approved.getGrade();
        this.adlScore = approved.getAdlScore();
        this.cognitionScore = approved.getCognitionScore();
        this.perceptionScore = approved.getPerceptionScore();
        this.itemScores = ItemScoresJson.write(approved.itemScores());
        this.ruleSetId = approved.getRuleSetId();
        this.ruleSetCode = approved.getRuleSetCode();
        this.concludedOn = concludedOn;
        this.validThrough = validThrough;
        this.benefitFrom = benefitFrom;
        this.issuedAt = issuedAt;
        this.status = Status.IN_FORCE;
    }

    void supersededBy(AssessmentConclusion later) {
        this.status = Status.SUPERSEDED;
        this.supersededById = later.getId();
    }

    public Map<String, Map<String, Integer>> itemScores() {
        return ItemScoresJson.read(itemScores);
    }

    @Override
    public String auditType() {
        return "AssessmentConclusion";
    }

    @Override
    public Map<String, Object> auditState() {
        return AuditStates.of(this);
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public AssessmentApplication getApplication() {
        return application;
    }

    public long getAssessmentId() {
        return assessmentId;
    }

    public long getInsuredId() {
        return insuredId;
    }

    public int getGrade() {
        return grade;
    }

    public int getAdlScore() {
        return adlScore;
    }

    public int getCognitionScore() {
        return cognitionScore;
    }

    public int getPerceptionScore() {
        return perceptionScore;
    }

    public long getRuleSetId() {
        return ruleSetId;
    }

    public String getRuleSetCode() {
        return ruleSetCode;
    }

    public LocalDate getConcludedOn() {
        return concludedOn;
    }

    public LocalDate getValidThrough() {
        return validThrough;
    }

    public LocalDate getBenefitFrom() {
        return benefitFrom;
    }

    public Status getStatus() {
        return status;
    }

    public Long getSupersededById() {
        return supersededById;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
