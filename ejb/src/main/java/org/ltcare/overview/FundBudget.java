package org.ltcare.overview;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.model.Stamp;

/** The fund's budget for a month's care fees in a region, as the bureau entered it. */
@Entity
@Table(name = "fund_budget")
public class FundBudget implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Column(nullable = false, length = 7)
    private String month;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "set_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "set_at"))
    private Stamp set;

    @Version
    private long version;

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
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("regionCode", regionCode);
        state.put("month", month);
        state.put("amount", amount.toPlainString());
        return state;
    }

    public YearMonth getMonth() {
        return YearMonth.parse(month);
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
