package org.ltcare.settlement.payout;

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
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ltcare.shared.FormText;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.model.Stamp;

/**
 * A payout batch: the approved claims of a settlement cycle, paid institution by institution. Its totals grow with
 * each institution paid, so the page shows the progress and a resumed run continues from where it stopped.
 */
@Entity
@Table(name = "payout_batch")
public class PayoutBatch implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(nullable = false, length = 7)
    private String cycle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BatchStatus status = BatchStatus.PREPARED;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "prepared_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "prepared_at"))
    private Stamp prepared;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "claim_count", nullable = false)
    private int claimCount;

    @Column(name = "paid_count", nullable = false)
    private int paidCount;

    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal payable = BigDecimal.ZERO;

    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal deposit = BigDecimal.ZERO;

    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal paid = BigDecimal.ZERO;

    @Column(length = 500)
    private String failure;

    @Version
    private long version;

    protected PayoutBatch() {
    }

    PayoutBatch(YearMonth cycle, String preparedBy, Instant preparedAt, int claimCount, BigDecimal payable) {
        this.cycle = cycle.toString();
        this.prepared = Stamp.of(preparedBy, preparedAt);
        this.claimCount = claimCount;
        this.payable = payable;
    }

    void running() {
        if (status != BatchStatus.COMPLETED) {
            status = BatchStatus.RUNNING;
            failure = null;
        }
    }

    /** One institution's claims paid: the batch's totals grow by them. */
    void add(int claims, BigDecimal withheld, BigDecimal transferred) {
        paidCount += claims;
        deposit = deposit.add(withheld);
        paid = paid.add(transferred);
    }

    void failed(String why) {
        status = BatchStatus.FAILED;
        failure = FormText.cut(why, 500);
    }

    void completed(Instant at) {
        status = BatchStatus.COMPLETED;
        completedAt = at;
        failure = null;
    }

    /** Paid claims out of all, in per cent, for the progress bar. */
    public int getProgress() {
        return claimCount == 0 ? 100 : paidCount * 100 / claimCount;
    }

    @Override
    public String auditType() {
        return "PayoutBatch";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("cycle", cycle);
        state.put("status", status);
        state.put("claimCount", claimCount);
        state.put("paidCount", paidCount);
        state.put("payable", payable.toPlainString());
        state.put("deposit", deposit.toPlainString());
        state.put("paid", paid.toPlainString());
        state.put("failure", failure);
        return state;
    }

    public Long getId() {
        return id;
    }

    public YearMonth getCycle() {
        return YearMonth.parse(cycle);
    }

    public BatchStatus getStatus() {
        return status;
    }

    public Stamp getPrepared() {
        return prepared;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public int getClaimCount() {
        return claimCount;
    }

    public int getPaidCount() {
        return paidCount;
    }

    public BigDecimal getPayable() {
        return payable;
    }

    public BigDecimal getDeposit() {
        return deposit;
    }

    public BigDecimal getPaid() {
        return paid;
    }

    public String getFailure() {
        return failure;
    }
}
