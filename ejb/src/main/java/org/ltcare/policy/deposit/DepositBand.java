package org.ltcare.policy.deposit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ltcare.shared.audit.Auditable;

/** A score band of a rule-set version: from {@code minScore} up, this share of the withheld deposit is released. */
@Entity
@Table(name = "deposit_release_band")
public class DepositBand implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "rule_set_id", nullable = false)
    private long ruleSetId;

    @Column(name = "min_score", nullable = false)
    private int minScore;

    @Column(name = "released_share", nullable = false, precision = 5, scale = 4)
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
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("ruleSetId", ruleSetId);
        state.put("minScore", minScore);
        state.put("releasedShare", releasedShare.toPlainString());
        return state;
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
