package org.ltcare.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ltcare.assessment.scale.GradeResult;
import org.ltcare.assessment.scale.ItemScoresJson;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.audit.AuditStates;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.audit.AuditedField;
import org.ltcare.shared.calendar.DeadlineExplanation;
import org.ltcare.shared.calendar.DeadlineJson;
import org.ltcare.shared.model.Stamp;
import org.ltcare.shared.model.Versioned;

/**
 * One assessment round of an application (首次评估 or 复评). Invariants: two different assessors are dispatched
 * once, a manual assignment carries its reason; only the assigned assessors enter and confirm, and the one
 * who confirms is not the one who entered; totals and grade are stored only as computed from the stored item
 * scores with the recorded rule-set version (the service computes them with {@code GradeCalculator}).
 */
@Entity
@Table(name = "assessment")
public class Assessment extends Versioned implements Auditable {

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "application_id")
    @AuditedField
    private AssessmentApplication application;

    @Column(name = "round_no")
    @AuditedField
    private int round;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private AssessmentPurpose purpose;

    @AuditedField
    private String openingReason;

    private long agencyId;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private AssessmentStatus status;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "assessor_a_id")
    private Assessor assessorA;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "assessor_b_id")
    private Assessor assessorB;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private DispatchManner dispatchManner;

    @AuditedField
    private String manualReason;

    @Embedded
    private Stamp dispatched;

    @AuditedField
    private LocalDate dueOn;

    @Convert(converter = DeadlineJson.class)
    private DeadlineExplanation dueBasis;

    @AuditedField
    private String itemScores;

    /** Null until the first draft; its columns are named in OnSiteVisit. */
    @Embedded
    private OnSiteVisit visit;

    @Embedded
    @AuditedField
    private Stamp entered;

    @Embedded
    @AuditedField
    private Stamp confirmed;

    @Embedded
    @AuditedField
    private Stamp reviewed;

    @AuditedField
    private String returnReason;

    private Long ruleSetId;

    @AuditedField
    private String ruleSetCode;

    private Integer adlScore;

    private Integer cognitionScore;

    private Integer perceptionScore;

    @AuditedField
    private Integer grade;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private FeePayer feePayer;

    @AuditedField
    private BigDecimal feeAmount;

    protected Assessment() {
    }

    Assessment(AssessmentApplication application, int round, AssessmentPurpose purpose, String openingReason,
               long agencyId) {
        this.application = Objects.requireNonNull(application, "application");
        if (round < 1) {
            throw new IllegalArgumentException("rounds count from 1: " + round);
        }
        this.round = round;
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.openingReason = openingReason;
        this.agencyId = agencyId;
        this.status = AssessmentStatus.AWAITING_ASSESSORS;
    }

    /** {@code due} is null when the calendar of the year the count reached is not entered. */
    void dispatch(Assessor first, Assessor second, DispatchManner manner, String reason, String by, Instant at,
                  DeadlineExplanation due) {
        requireStatus(AssessmentStatus.AWAITING_ASSESSORS);
        if (first == null || second == null || Objects.equals(first.getId(), second.getId())) {
            throw new BusinessException("assessment.dispatch.twoDifferentAssessors");
        }
        if (manner == DispatchManner.MANUAL && (reason == null || reason.isBlank())) {
            throw new BusinessException("assessment.dispatch.reasonRequired");
        }
        this.assessorA = first;
        this.assessorB = second;
        this.dispatchManner = manner;
        this.manualReason = reason == null || reason.isBlank() ? null : reason.trim();
        this.dispatched = Stamp.of(by, at);
        this.dueOn = due == null ? null : due.due();
        this.dueBasis = due;
        this.status = AssessmentStatus.DISPATCHED;
    }

    /** A draft may hold any subset of the items; the service has refused scores outside an item's set. */
    void saveDraft(Map<String, Map<String, Integer>> scores, OnSiteVisit visit) {
        requireStatus(AssessmentStatus.DISPATCHED);
        this.itemScores = ItemScoresJson.write(scores);
        this.visit = visit;
    }

    /** The first assessor submits the complete, graded form for the second one to confirm. */
    void enter(Map<String, Map<String, Integer>> scores, OnSiteVisit visit, GradeResult graded, long ruleSetId,
               String ruleSetCode, String by, Instant at) {
        requireStatus(AssessmentStatus.DISPATCHED);
        this.itemScores = ItemScoresJson.write(scores);
        this.visit = visit;
        this.ruleSetId = ruleSetId;
        this.ruleSetCode = ruleSetCode;
        this.adlScore = graded.adlScore();
        this.cognitionScore = graded.cognitionScore();
        this.perceptionScore = graded.perceptionScore();
        this.grade = graded.grade().number();
        this.entered = Stamp.of(by, at);
        this.confirmed = null;
        this.status = AssessmentStatus.ENTERED;
    }

    void confirm(String by, Instant at) {
        requireStatus(AssessmentStatus.ENTERED);
        if (isEnteredBy(by)) {
            throw new BusinessException("assessment.confirm.notByEnterer");
        }
        this.confirmed = Stamp.of(by, at);
        this.status = AssessmentStatus.CONFIRMED;
    }

    /** The second assessor disagrees: the form goes back to the first as a draft, with the reason. */
    void returnForCorrection(String by, String reason) {
        requireStatus(AssessmentStatus.ENTERED);
        if (isEnteredBy(by)) {
            throw new BusinessException("assessment.confirm.notByEnterer");
        }
        this.returnReason = reason;
        this.status = AssessmentStatus.DISPATCHED;
    }

    void approve(String by, Instant at) {
        requireStatus(AssessmentStatus.CONFIRMED);
        this.reviewed = Stamp.of(by, at);
        this.returnReason = null;
        this.status = AssessmentStatus.APPROVED;
    }

    void sendBack(String by, Instant at, String reason) {
        requireStatus(AssessmentStatus.CONFIRMED);
        this.reviewed = Stamp.of(by, at);
        this.returnReason = reason;
        this.status = AssessmentStatus.DISPATCHED;
    }

    void chargeFee(FeePayer payer, BigDecimal amount) {
        if (!purpose.isObjection()) {
            throw new IllegalStateException("only a re-assessment on an objection carries a fee");
        }
        this.feePayer = Objects.requireNonNull(payer, "payer");
        this.feeAmount = Objects.requireNonNull(amount, "amount");
    }

    private void requireStatus(AssessmentStatus expected) {
        if (status != expected) {
            throw new BusinessException("assessment.wrongStatus", status.name());
        }
    }

    /** Whether {@code username} entered the scores now waiting to be confirmed (they may not confirm them). */
    public boolean isEnteredBy(String username) {
        return Stamp.by(entered, username);
    }

    public boolean isAssigned(long assessorId) {
        return (assessorA != null && assessorA.getId() == assessorId)
                || (assessorB != null && assessorB.getId() == assessorId);
    }

    public List<Assessor> assessors() {
        return assessorA == null ? List.of() : List.of(assessorA, assessorB);
    }

    public Map<String, Map<String, Integer>> itemScores() {
        return ItemScoresJson.read(itemScores);
    }

    public OnSiteVisit visit() {
        return visit == null ? new OnSiteVisit(null, null, null, null) : visit;
    }

    @Override
    public String auditType() {
        return "Assessment";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = AuditStates.of(this);
        state.put("assessors", String.join("、", assessors().stream().map(Assessor::getName).toList()));
        OnSiteVisit seen = visit();
        state.put("onSite", seen.date() == null ? null : seen.date() + " " + (seen.time() == null ? "" : seen.time()));
        state.put("onSiteAddress", seen.address());
        return state;
    }

    public AssessmentApplication getApplication() {
        return application;
    }

    public int getRound() {
        return round;
    }

    public AssessmentPurpose getPurpose() {
        return purpose;
    }

    public String getOpeningReason() {
        return openingReason;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public Assessor getAssessorA() {
        return assessorA;
    }

    public Assessor getAssessorB() {
        return assessorB;
    }

    public DispatchManner getDispatchManner() {
        return dispatchManner;
    }

    public String getManualReason() {
        return manualReason;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    /** How the due date was counted; null for a round dispatched before it was kept, or without a calendar. */
    public DeadlineExplanation getDueBasis() {
        return dueBasis;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public Long getRuleSetId() {
        return ruleSetId;
    }

    public String getRuleSetCode() {
        return ruleSetCode;
    }

    public Integer getAdlScore() {
        return adlScore;
    }

    public Integer getCognitionScore() {
        return cognitionScore;
    }

    public Integer getPerceptionScore() {
        return perceptionScore;
    }

    public Integer getGrade() {
        return grade;
    }

    public FeePayer getFeePayer() {
        return feePayer;
    }

    public BigDecimal getFeeAmount() {
        return feeAmount;
    }
}
