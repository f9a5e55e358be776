package org.ltcare.settlement.claim;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ltcare.policy.rules.CareType;
import org.ltcare.settlement.fee.CareFeeResult;
import org.ltcare.settlement.fee.RejectedDay;
import org.ltcare.settlement.fee.RejectionReason;

/**
 * One beneficiary's admission in a claim: every input the amounts were computed from (grade, care type, hospital
 * level, conclusion date, ratio, limit, charge, rule-set version) kept as it was, the claimed and billable days,
 * the amounts, and each rejected day with its code (rules.md §5).
 */
@Entity
@Table(name = "care_claim_line")
public class ClaimLine {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(name = "admission_id", nullable = false)
    private long admissionId;

    @Column(name = "insured_id", nullable = false)
    private long insuredId;

    @Enumerated(EnumType.STRING)
    @Column(name = "care_type", nullable = false, length = 16)
    private CareType careType;

    @Column(nullable = false)
    private int grade;

    @Column(name = "hospital_level")
    private Integer hospitalLevel;

    @Column(name = "conclusion_on", nullable = false)
    private LocalDate conclusionOn;

    @Column(name = "fund_ratio", nullable = false, precision = 6, scale = 4)
    private BigDecimal fundRatio;

    @Column(name = "daily_limit", nullable = false, precision = 10, scale = 2)
    private BigDecimal dailyLimit;

    @Column(name = "daily_charge", nullable = false, precision = 10, scale = 2)
    private BigDecimal dailyCharge;



    @Column(name = "claimed_mask", nullable = false)
    private int claimedMask;

    @Column(name = "billable_mask", nullable = false)
    private int billableMask;




    @Column(name = "rule_set_code", nullable = false, length = 32)
    private String ruleSetCode;

    @jakarta.persistence.Embedded
    private ClaimAmounts amounts;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LineReview review = LineReview.PENDING;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal deduction = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_reason", length = 24)
    private ReviewReason reviewReason;

    @Column(name = "review_note", length = 200)
    private String reviewNote;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "care_claim_rejection", joinColumns = @JoinColumn(name = "line_id"))
    @MapKeyColumn(name = "day")
    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 24)
    private Map<LocalDate, RejectionReason> rejections = new TreeMap<>();

    protected ClaimLine() {
    }

    ClaimLine(long claimId, ClaimInputs inputs, Set<LocalDate> claimed, CareFeeResult result, String ruleSetCode) {
        this.claimId = claimId;
        this.admissionId = inputs.admissionId();
        this.insuredId = inputs.insuredId();
        this.careType = inputs.careType();
        this.grade = inputs.grade();
        this.hospitalLevel = inputs.hospitalLevel();
        this.conclusionOn = inputs.conclusionOn();
        this.fundRatio = result.tariffApplied().fundRatio();
        this.dailyLimit = result.tariffApplied().dailyLimit();
        this.dailyCharge = inputs.dailyCharge();
        this.claimedMask = DayMask.of(claimed);
        for (RejectedDay rejected : result.rejectedDays()) {
            rejections.put(rejected.date(), rejected.reason());
        }
        this.billableMask = DayMask.of(claimed.stream().filter(day -> !rejections.containsKey(day)).toList());
        this.amounts = new ClaimAmounts(result.claimedDays(), result.billableDays(), result.totalFee(),
                result.fundShare(), result.personalShare());
        this.ruleSetCode = ruleSetCode;
    }

    /** Takes the first reviewer's decision, checked by {@link ClaimReviewService}. */
    void decide(LineReview decision, BigDecimal amount, ReviewReason reason, String note) {
        this.review = decision;
        this.deduction = decision == LineReview.DEDUCTED ? amount : BigDecimal.ZERO;
        this.reviewReason = reason;
        this.reviewNote = note;
    }

    public LineReview getReview() {
        return review;
    }

    public BigDecimal getDeduction() {
        return deduction;
    }

    public ReviewReason getReviewReason() {
        return reviewReason;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    /** The days claimed in {@code month}. */
    public Set<LocalDate> claimedDaysIn(YearMonth month) {
        return DayMask.days(month, claimedMask);
    }

    /** Rejected days per reason, for the claim page. */
    public Map<RejectionReason, Long> rejectionCounts() {
        Map<RejectionReason, Long> counts = new TreeMap<>();
        rejections.values().forEach(reason -> counts.merge(reason, 1L, Long::sum));
        return counts;
    }

    /** Days and money. */
    public ClaimAmounts getAmounts() {
        return amounts;
    }

    public Long getId() {
        return id;
    }

    public long getClaimId() {
        return claimId;
    }

    public long getAdmissionId() {
        return admissionId;
    }

    public long getInsuredId() {
        return insuredId;
    }

    public CareType getCareType() {
        return careType;
    }

    public int getGrade() {
        return grade;
    }

    public Integer getHospitalLevel() {
        return hospitalLevel;
    }

    public LocalDate getConclusionOn() {
        return conclusionOn;
    }

    public BigDecimal getFundRatio() {
        return fundRatio;
    }

    public BigDecimal getDailyLimit() {
        return dailyLimit;
    }

    public BigDecimal getDailyCharge() {
        return dailyCharge;
    }

    public int getClaimedMask() {
        return claimedMask;
    }

    public String getRuleSetCode() {
        return ruleSetCode;
    }

    public Map<LocalDate, RejectionReason> getRejections() {
        return new TreeMap<>(rejections);
    }
}
