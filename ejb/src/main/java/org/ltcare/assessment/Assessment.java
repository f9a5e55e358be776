package org.ltcare.assessment;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ltcare.assessment.scale.GradeResult;
import org.ltcare.assessment.scale.ItemScoresJson;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.model.Stamp;

/**
 * One assessment round of an application (首次评估 or 复评). Invariants: two different assessors are dispatched
 * once, a manual assignment carries its reason; only the assigned assessors enter and confirm, and the one
 * who confirms is not the one who entered; totals and grade are stored only as computed from the stored item
 * scores with the recorded rule-set version (the service computes them with {@code GradeCalculator}).
 */
@Entity
@Table(name = "assessment")
public class Assessment implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "application_id")
    private AssessmentApplication application;

    @Column(name = "round_no", nullable = false)
    private int round;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AssessmentPurpose purpose;

    @Column(name = "opening_reason", length = 500)
    private String openingReason;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private AssessmentStatus status;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "assessor_a_id")
    private Assessor assessorA;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "assessor_b_id")
    private Assessor assessorB;

    @Enumerated(EnumType.STRING)
    @Column(name = "dispatch_manner", length = 16)
    private DispatchManner dispatchManner;

    @Column(name = "manual_reason", length = 500)
    private String manualReason;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "dispatched_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "dispatched_at"))
    private Stamp dispatched;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "item_scores", length = 1000)
    private String itemScores;

    /** Null until the first draft; its columns are named in OnSiteVisit. */
    @Embedded
    private OnSiteVisit visit;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "entered_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "entered_at"))
    private Stamp entered;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "confirmed_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "confirmed_at"))
    private Stamp confirmed;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "reviewed_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "reviewed_at"))
    private Stamp reviewed;

    @Column(name = "return_reason", length = 500)
    private String returnReason;

    @Column(name = "rule_set_id")
    private Long ruleSetId;

    @Column(name = "rule_set_code", length = 32)
    private String ruleSetCode;

    @Column(name = "adl_score")
    private Integer adlScore;

    @Column(name = "cognition_score")
    private Integer cognitionScore;

    @Column(name = "perception_score")
    private Integer perceptionScore;

    private Integer grade;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_payer", length = 16)
    private FeePayer feePayer;

    @Column(name = "fee_amount", precision = 10, scale = 2)
    private BigDecimal feeAmount;

    @Version
    private long version;

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

    void dispatch(Assessor first, Assessor second, DispatchManner manner, String reason, String by, Instant at,
                  LocalDate due) {
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
        this.dueOn = due;
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
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("applicationId", application.getId());
        state.put("round", round);
        state.put("purpose", purpose.name());
        state.put("openingReason", openingReason);
        state.put("status", status.name());
        state.put("assessors", String.join("、", assessors().stream().map(Assessor::getName).toList()));
        state.put("dispatchManner", dispatchManner == null ? null : dispatchManner.name());
        state.put("manualReason", manualReason);
        state.put("dueOn", dueOn == null ? null : dueOn.toString());
        state.put("itemScores", itemScores);
        OnSiteVisit seen = visit();
        state.put("onSite", seen.date() == null ? null : seen.date() + " " + (seen.time() == null ? "" : seen.time()));
        state.put("onSiteAddress", seen.address());
        state.put("grade", grade);
        state.put("ruleSetCode", ruleSetCode);
        state.put("enteredBy", Stamp.byOf(entered));
        state.put("confirmedBy", Stamp.byOf(confirmed));
        state.put("reviewedBy", Stamp.byOf(reviewed));
        state.put("returnReason", returnReason);
        state.put("feePayer", feePayer == null ? null : feePayer.name());
        state.put("feeAmount", feeAmount == null ? null : feeAmount.toPlainString());
        return state;
    }

    public Long getId() {
        return id;
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
