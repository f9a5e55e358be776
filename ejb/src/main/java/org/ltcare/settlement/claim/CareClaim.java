package org.ltcare.settlement.claim;

import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.audit.AuditStates;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.audit.AuditedField;
import org.ltcare.shared.calendar.DeadlineExplanation;
import org.ltcare.shared.calendar.DeadlineJson;
import org.ltcare.shared.model.Stamp;
import org.ltcare.shared.model.Versioned;

/**
 * An institution's claim for one month of care (rules.md §5): its lines' totals, the rule-set version they were
 * computed with, and its submission in the claim window with the payout due date.
 */
@Entity
@Table(name = "care_claim")
public class CareClaim extends Versioned implements Auditable {

    @AuditedField
    private long institutionId;

    @AuditedField
    private String month;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private ClaimStatus status = ClaimStatus.DRAFT;

    @AuditedField
    private String ruleSetCode;

    @AuditedField
    private int lineCount;

    @Embedded
    private Stamp generated;

    @Embedded
    private Stamp submitted;

    @AuditedField
    private String cycle;

    @AuditedField
    private LocalDate payoutDueOn;

    @Convert(converter = DeadlineJson.class)
    private DeadlineExplanation payoutDueBasis;

    @jakarta.persistence.Embedded
    private ClaimAmounts amounts = ClaimAmounts.NONE;

    @Embedded
    @AuditedField
    private Stamp firstReviewed;

    @Embedded
    @AuditedField
    private Stamp secondReviewed;

    @Embedded
    @AuditedField
    private Stamp approved;

    @AuditedField
    private BigDecimal deducted = BigDecimal.ZERO;

    private int resubmissions;

    private String processInstanceId;

    @Embedded
    private Stamp escalationHandled;

    @AuditedField
    private String escalationNote;

    @AuditedField
    private Long payoutBatchId;

    private Instant paidAt;

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

    void submit(String by, Instant at, YearMonth inCycle, DeadlineExplanation due) {
        requireDraft();
        if (status == ClaimStatus.RETURNED) {
            resubmissions++;
        }
        this.status = ClaimStatus.SUBMITTED;
        this.submitted = Stamp.of(by, at);
        this.cycle = inCycle.toString();
        this.payoutDueOn = due.due();
        this.payoutDueBasis = due;
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
    public Map<String, Object> auditState() {
        Map<String, Object> state = AuditStates.of(this);
        state.put("billableDays", amounts.getBillableDays());
        state.put("totalFee", amounts.getTotalFee().toPlainString());
        state.put("fundShare", amounts.getFundShare().toPlainString());
        return state;
    }

    /** Days and money. */
    public ClaimAmounts getAmounts() {
        return amounts;
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

    /** How the payout due date was counted; null for a claim submitted before it was kept. */
    public DeadlineExplanation getPayoutDueBasis() {
        return payoutDueBasis;
    }
}
