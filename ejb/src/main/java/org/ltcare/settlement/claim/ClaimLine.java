package org.ltcare.settlement.claim;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ltcare.policy.rules.CareType;
import org.ltcare.policy.rules.Yuan;
import org.ltcare.settlement.fee.CareFeeResult;
import org.ltcare.settlement.fee.FeeArithmetic;
import org.ltcare.settlement.fee.FeeExplanation;
import org.ltcare.settlement.fee.RejectedDay;
import org.ltcare.settlement.fee.RejectionFact;
import org.ltcare.settlement.fee.RejectionReason;
import org.ltcare.shared.i18n.EnumLabels;
import org.ltcare.shared.i18n.Explanations;
import org.ltcare.shared.model.Identified;

/**
 * One beneficiary's admission in a claim: every input the amounts were computed from (grade, care type, hospital
 * level, conclusion date, ratio, limit, charge, rule-set version) kept as it was, the claimed and billable days,
 * the amounts, and each rejected day with its code (rules.md §5) and the record behind it.
 */
@Entity
@Table(name = "care_claim_line")
public class ClaimLine extends Identified {

    private long claimId;

    private long admissionId;

    private long insuredId;

    @Enumerated(EnumType.STRING)
    private CareType careType;

    private int grade;

    private Integer hospitalLevel;

    private LocalDate conclusionOn;

    private BigDecimal fundRatio;

    private BigDecimal dailyLimit;

    private BigDecimal dailyCharge;

    private int claimedMask;

    private int billableMask;

    private String ruleSetCode;

    @jakarta.persistence.Embedded
    private ClaimAmounts amounts;

    @Enumerated(EnumType.STRING)
    private LineReview review = LineReview.PENDING;

    private BigDecimal deduction = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    private ReviewReason reviewReason;

    private String reviewNote;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "care_claim_rejection", joinColumns = @JoinColumn(name = "line_id"))
    @MapKeyColumn(name = "day")
    private Map<LocalDate, LineRejection> rejections = new TreeMap<>();

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
            rejections.put(rejected.date(), new LineRejection(rejected.reason(),
                    inputs.factOf(rejected.reason(), rejected.date())));
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
        rejections.values().forEach(day -> counts.merge(day.getReason(), 1L, Long::sum));
        return counts;
    }

    /**
     * How the amounts came to be, from the line's own snapshot (the inputs it was computed with), never from the
     * rules in force today; the arithmetic is the calculator's own.
     */
    public FeeExplanation explanation() {
        List<RejectedDay> rejected = rejections.entrySet().stream()
                .map(day -> new RejectedDay(day.getKey(), day.getValue().getReason())).toList();
        return new FeeExplanation(ruleSetCode, careType, hospitalLevel, grade, amounts.getClaimedDays(),
                FeeExplanation.byReason(rejected), rejectionFacts(),
                FeeArithmetic.of(amounts.getBillableDays(), dailyCharge, fundRatio, dailyLimit));
    }

    /** The explanation's steps in {@code locale} and, when the first reviewer deducted, the deduction and why. */
    public List<String> explain(Locale locale) {
        List<String> steps = new ArrayList<>(explanation().steps(locale));
        if (deduction.signum() > 0) {
            steps.add(Explanations.format(locale, "fee.deduction", Yuan.normalise(deduction).toPlainString(),
                    reviewReason == null ? "" : EnumLabels.of(reviewReason, locale)));
        }
        return steps;
    }

    /** Days and money. */
    public ClaimAmounts getAmounts() {
        return amounts;
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

    /** Each rejected day's code. */
    public Map<LocalDate, RejectionReason> getRejections() {
        Map<LocalDate, RejectionReason> reasons = new TreeMap<>();
        rejections.forEach((day, rejection) -> reasons.put(day, rejection.getReason()));
        return reasons;
    }

    /** Each rejected day's record, where the line kept one. */
    public Map<LocalDate, RejectionFact> rejectionFacts() {
        Map<LocalDate, RejectionFact> facts = new TreeMap<>();
        rejections.forEach((day, rejection) -> rejection.fact().ifPresent(fact -> facts.put(day, fact)));
        return facts;
    }
}
