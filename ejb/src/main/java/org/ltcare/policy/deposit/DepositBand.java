package org.ltcare.policy.deposit;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Map;
import org.ltcare.shared.audit.AuditStates;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.audit.AuditedField;
import org.ltcare.shared.model.Identified;

/** A score band of a rule-set version: from {@code minScore} up, this share of the withheld deposit is released. */
@Entity
@Table(name = "deposit_release_band")
public class DepositBand extends Identified implements Auditable {

    @AuditedField
    private long ruleSetId;

    @AuditedField
    private int minScore;

    @AuditedField
    private BigDecimal releasedShare;

    protected DepositBand() {
    }

    public DepositBand(long ruleSetId, int minScore, BigDecimal releasedShare) {
        this.ruleSetId = ruleSetId;
        this.minScore = minScore;
        this.releasedShare = releasedShare;
    }

    DepositBand copyFor(long otherRuleSetId) {
        return new DepositBand(otherRuleSetId, minScore, releasedShare);
    }

    @Override
    public String auditType() {
        return "DepositBand";
    }

    @Override
    public String auditId() {
        return ruleSetId + "/" + minScore;
    }

    @Override
    public Map<String, Object> auditState() {
        return AuditStates.of(this);
    }

    public long getRuleSetId() {
        return ruleSetId;
    }

    public int getMinScore() {
        return minScore;
    }

    public BigDecimal getReleasedShare() {
        return releasedShare;
    }
}
