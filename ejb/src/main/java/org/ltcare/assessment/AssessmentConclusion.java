package org.ltcare.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.ltcare.assessment.scale.ItemScoresJson;
import org.ltcare.shared.audit.Auditable;

/**
 * 评估结论: the grade benefits are decided on, with the rule-set version it was computed with and a snapshot of
 * the 17 item scores, so that later changes to the rule set or the assessment never change it. A later
 * conclusion for the same person supersedes it.
 */
@Entity
@Table(name = "assessment_conclusion")
public class AssessmentConclusion implements Auditable {

    public enum Status { IN_FORCE, SUPERSEDED }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "document_number", nullable = false, length = 32)
    private String documentNumber;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "application_id")
    private AssessmentApplication application;

    @Column(name = "assessment_id", nullable = false)
    private long assessmentId;

    @Column(name = "insured_id", nullable = false)
    private long insuredId;

    @Column(nullable = false)
    private int grade;

    @Column(name = "adl_score", nullable = false)
    private int adlScore;

    @Column(name = "cognition_score", nullable = false)
    private int cognitionScore;

    @Column(name = "perception_score", nullable = false)
    private int perceptionScore;

    @Column(name = "item_scores", nullable = false, length = 1000)
    private String itemScores;

    @Column(name = "rule_set_id", nullable = false)
    private long ruleSetId;

    @Column(name = "rule_set_code", nullable = false, length = 32)
    private String ruleSetCode;

    @Column(name = "concluded_on", nullable = false)
    private LocalDate concludedOn;

    @Column(name = "valid_through", nullable = false)
    private LocalDate validThrough;

    @Column(name = "benefit_from", nullable = false)
    private LocalDate benefitFrom;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "superseded_by_id")
    private Long supersededById;

    @Column(name = "issued_at", nullable = false)
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
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("documentNumber", documentNumber);
        state.put("applicationId", application.getId());
        state.put("assessmentId", assessmentId);
        state.put("grade", grade);
        state.put("itemScores", itemScores);
        state.put("ruleSetCode", ruleSetCode);
        state.put("concludedOn", concludedOn.toString());
        state.put("validThrough", validThrough.toString());
        state.put("benefitFrom", benefitFrom.toString());
        state.put("status", status.name());
        state.put("supersededById", supersededById);
        return state;
    }

    public Long getId() {
        return id;
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
