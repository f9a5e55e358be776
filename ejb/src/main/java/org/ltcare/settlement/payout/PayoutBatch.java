package org.ltcare.settlement.payout;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import org.ltcare.shared.audit.AuditStates;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.audit.AuditedField;
import org.ltcare.shared.model.RunState;
import org.ltcare.shared.model.Stamp;
import org.ltcare.shared.model.Versioned;

/**
 * A payout batch: the approved claims of a settlement cycle, paid institution by institution. Its totals grow with
 * each institution paid, so the page shows the progress and a resumed run continues from where it stopped.
 */
@Entity
@Table(name = "payout_batch")
public class PayoutBatch extends Versioned implements Auditable {

    @AuditedField
    private String cycle;

    /** Its total and done are the batch's claims and the claims paid so far, in the columns they always had. */
    @Embedded
    @AttributeOverride(name = "total", column = @Column(name = "claim_count"))
    @AttributeOverride(name = "done", column = @Column(name = "paid_count"))
    @AuditedField
    private RunState run = RunState.prepared();

    @Embedded
    private Stamp prepared;

    private Instant completedAt;

    @AuditedField
    private BigDecimal payable = BigDecimal.ZERO;

    @AuditedField
    private BigDecimal deposit = BigDecimal.ZERO;

    @AuditedField
    private BigDecimal paid = BigDecimal.ZERO;

    /** The start of the node running it (issue 24): only that node pays; another takes a lost node's run over. */
    private String nodeBoot;

    protected PayoutBatch() {
    }

    PayoutBatch(YearMonth cycle, String preparedBy, Instant preparedAt, int claimCount, BigDecimal payable) {
        this.cycle = cycle.toString();
        this.prepared = Stamp.of(preparedBy, preparedAt);
        this.run.counted(claimCount);
        this.payable = payable;
    }

    /** Run (again) by the node of {@code nodeBoot}: a run still going on elsewhere stops at its next institution. */
    void running(String nodeBoot) {
        if (!run.isCompleted()) {
            run.resume();
            this.nodeBoot = nodeBoot;
        }
    }

    boolean isRunBy(String nodeBoot) {
        return nodeBoot.equals(this.nodeBoot);
    }

    /** One institution's claims paid: the batch's totals grow by them. */
    void add(int claims, BigDecimal withheld, BigDecimal transferred) {
        run.advanced(claims);
        deposit = deposit.add(withheld);
        paid = paid.add(transferred);
    }

    void failed(String why) {
        run.failed(why);
    }

    void completed(Instant at) {
        run.completed();
        completedAt = at;
    }

    @Override
    public String auditType() {
        return "PayoutBatch";
    }

    /** The run's counts under the keys the trail has always shown them by. */
    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = AuditStates.of(this);
        state.put("claimCount", run.getTotal());
        state.put("paidCount", run.getDone());
        return state;
    }

    public YearMonth getCycle() {
        return YearMonth.parse(cycle);
    }

    public RunState getRun() {
        return run;
    }

    public Stamp getPrepared() {
        return prepared;
    }

    public Instant getCompletedAt() {
        return completedAt;
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
}
