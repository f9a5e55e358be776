package org.ltcare.overview;

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
import org.ltcare.shared.model.Stamp;
import org.ltcare.shared.model.Versioned;

/** The fund's budget for a month's care fees in a region, as the bureau entered it. */
@Entity
@Table(name = "fund_budget")
public class FundBudget extends Versioned implements Auditable {

    @AuditedField
    private String regionCode;

    @AuditedField
    private String month;

    @AuditedField
    private BigDecimal amount;

    @Embedded
    private Stamp set;

    protected FundBudget() {
    }

    public FundBudget(String regionCode, YearMonth month, BigDecimal amount, String setBy, Instant setAt) {
        this.regionCode = regionCode;
        this.month = month.toString();
        change(amount, setBy, setAt);
    }

    void change(BigDecimal amount, String setBy, Instant setAt) {
        this.amount = amount;
        this.set = Stamp.of(setBy, setAt);
    }

    @Override
    public String auditType() {
        return "FundBudget";
    }

    @Override
    public Map<String, Object> auditState() {
        return AuditStates.of(this);
    }

    public YearMonth getMonth() {
        return YearMonth.parse(month);
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
