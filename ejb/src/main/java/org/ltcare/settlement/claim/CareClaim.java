package org.ltcare.settlement.claim;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.model.Stamp;

/**
 * An institution's claim for one month of care (rules.md §5): its lines' totals, the rule-set version they were
 * computed with, and its submission in the claim window with the payout due date.
 */
@Entity
@Table(name = "care_claim")
public class CareClaim implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Column(nullable = false, length = 7)
    private String month;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ClaimStatus status = ClaimStatus.DRAFT;

    @Column(name = "rule_set_code", nullable = false, length = 32)
    private String ruleSetCode;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "generated_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "generated_at"))
    private Stamp generated;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "submitted_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "submitted_at"))
    private Stamp submitted;

    @Column(length = 7)
    private String cycle;

    @Column(name = "payout_due_on")
    private LocalDate payoutDueOn;

    @jakarta.persistence.Embedded
    private ClaimAmounts amounts = ClaimAmounts.NONE;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "first_reviewed_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "first_reviewed_at"))
    private Stamp firstReviewed;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "second_reviewed_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "second_reviewed_at"))
    private Stamp secondReviewed;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "approved_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "approved_at"))
    private Stamp approved;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal deducted = BigDecimal.ZERO;

    @Column(nullable = false)
    private int resubmissions;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "escalation_handled_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "escalation_handled_at"))
    private Stamp escalationHandled;

    @Column(name = "escalation_note", length = 200)
    private String escalationNote;

    @Column(name = "payout_batch_id")
    private Long payoutBatchId;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Version
    private long version;

    protected CareClaim() {
    }

    CareClaim(long institutionId, YearMonth month) {
        this.institutionId = institutionId;
        this.month = month.toString();
    }

    /** Takes the totals of freshly generated lines. */
    void generated(String ruleSetCode, List<ClaimLine> lines, String by, Instant at) {
        requireDraft();
        this.ruleSetCode = ruleSetCode;
        this.lineCount = lines.size();
        this.amounts = lines.stream().map(ClaimLine::getAmounts).reduce(ClaimAmounts.NONE, ClaimAmounts::plus);
        this.generated = Stamp.of(by, at);
    }

    void submit(String by, Instant at, YearMonth inCycle, LocalDate dueOn) {
        requireDraft();
        if (status == ClaimStatus.RETURNED) {
            resubmissions++;
        }
        this.status = ClaimStatus.SUBMITTED;
        this.submitted = Stamp.of(by, at);
        this.cycle = inCycle.toString();
        this.payoutDueOn = dueOn;
    }

    /**
     * The correction period ended without a resubmission: the claim goes back to the first review as it stands and
     * may not be returned again (it counts as its one resubmission).
     */
    void correctionLapsed() {
        requireStatus(ClaimStatus.RETURNED);
        if (resubmissions > 0) {
            throw new BusinessException("claim.resubmittedOnce", month);
        }
        resubmissions++;
        this.status = ClaimStatus.SUBMITTED;
    }

    /** Paid by a payout batch: only an approved claim, only once (the batch's row is unique on the claim too). */
    public void paid(long batchId, Instant at) {
        requireStatus(ClaimStatus.APPROVED);
        this.status = ClaimStatus.PAID;
        this.payoutBatchId = batchId;
        this.paidAt = at;
    }

    void escalationHandled(String by, Instant at, String note) {
        this.escalationHandled = Stamp.of(by, at);
        this.escalationNote = note;
    }

    void followedBy(String processInstance) {
        this.processInstanceId = processInstance;
    }

    /** Whether the institution may still resubmit after a return (once). */
    public boolean mayResubmit() {
        return resubmissions == 0;
    }

    /** A draft, or a returned claim not yet resubmitted: the institution may generate and submit it. */
    public boolean isEditable() {
        return status == ClaimStatus.DRAFT || (status == ClaimStatus.RETURNED && resubmissions == 0);
    }

    void requireDraft() {
        if (!isEditable()) {
            throw new BusinessException(status == ClaimStatus.RETURNED ? "claim.resubmittedOnce" : "claim.notDraft",
                    month);
        }
    }

    void reviewedFirst(String by, Instant at, boolean returned, BigDecimal deduction) {
        requireStatus(ClaimStatus.SUBMITTED);
        this.firstReviewed = Stamp.of(by, at);
        this.deducted = deduction;
        this.status = returned ? ClaimStatus.RETURNED : ClaimStatus.FIRST_REVIEWED;
    }

    /**
     * Four eyes: whether the claim's next step may be this user's — the second review is not the first reviewer's,
     * the approval not that of anyone who submitted or reviewed it. The one statement of the rule.
     */
    public boolean leavesNextStepTo(String user) {
        return switch (status) {
            case FIRST_REVIEWED -> !user.equals(Stamp.byOf(firstReviewed));
            case SECOND_REVIEWED -> !user.equals(Stamp.byOf(submitted)) && !user.equals(Stamp.byOf(firstReviewed))
                    && !user.equals(Stamp.byOf(secondReviewed));
            default -> true;
        };
    }

    /** The second review is another person's (four eyes). */
    void reviewedSecond(String by, Instant at) {
        requireStatus(ClaimStatus.FIRST_REVIEWED);
        if (!leavesNextStepTo(by)) {
            throw new BusinessException("claim.fourEyes.secondReview");
        }
        this.secondReviewed = Stamp.of(by, at);
        this.status = ClaimStatus.SECOND_REVIEWED;
    }

    /** The payout is approved by someone who neither prepared nor reviewed the claim. */
    void approve(String by, Instant at) {
        requireStatus(ClaimStatus.SECOND_REVIEWED);
        if (!leavesNextStepTo(by)) {
            throw new BusinessException("claim.fourEyes.approval");
        }
        this.approved = Stamp.of(by, at);
        this.status = ClaimStatus.APPROVED;
    }

    private void requireStatus(ClaimStatus expected) {
        if (status != expected) {
            throw new BusinessException("claim.wrongStatus", month, status.name());
        }
    }

    /** The fund share to pay: computed less the reviews' deductions. */
    public BigDecimal getPayable() {
        return amounts.getFundShare().subtract(deducted);
    }

    @Override
    public String auditType() {
        return "CareClaim";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("institutionId", institutionId);
        state.put("month", month);
        state.put("status", status);
        state.put("ruleSetCode", ruleSetCode);
        state.put("lineCount", lineCount);
        state.put("billableDays", amounts.getBillableDays());
        state.put("totalFee", amounts.getTotalFee().toPlainString());
        state.put("fundShare", amounts.getFundShare().toPlainString());
        state.put("cycle", cycle);
        state.put("deducted", deducted.toPlainString());
        state.put("firstReviewedBy", Stamp.byOf(firstReviewed));
        state.put("secondReviewedBy", Stamp.byOf(secondReviewed));
        state.put("approvedBy", Stamp.byOf(approved));
        state.put("payoutDueOn", payoutDueOn == null ? null : payoutDueOn.toString());
        state.put("escalationNote", escalationNote);
        state.put("payoutBatchId", payoutBatchId);
        return state;
    }

    /** Days and money. */
    public ClaimAmounts getAmounts() {
        return amounts;
    }

    public Long getId() {
        return id;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public YearMonth getMonth() {
        return YearMonth.parse(month);
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public String getRuleSetCode() {
        return ruleSetCode;
    }

    public int getLineCount() {
        return lineCount;
    }

    public Stamp getGenerated() {
        return generated;
    }

    public Stamp getSubmitted() {
        return submitted;
    }

    public Stamp getFirstReviewed() {
        return firstReviewed;
    }

    public Stamp getSecondReviewed() {
        return secondReviewed;
    }

    public Stamp getApproved() {
        return approved;
    }

    public BigDecimal getDeducted() {
        return deducted;
    }

    public int getResubmissions() {
        return resubmissions;
    }

    public String getCycle() {
        return cycle;
    }

    public Stamp getEscalationHandled() {
        return escalationHandled;
    }

    public String getEscalationNote() {
        return escalationNote;
    }

    public Long getPayoutBatchId() {
        return payoutBatchId;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public LocalDate getPayoutDueOn() {
        return payoutDueOn;
    }
}
