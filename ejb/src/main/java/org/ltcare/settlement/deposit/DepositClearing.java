package org.ltcare.settlement.deposit;

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
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ltcare.policy.deposit.ReleaseSchedule;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.model.Stamp;

/**
 * An institution's annual clearing of the quality deposit: what was withheld from its claims for care in the year,
 * its evaluation score and band, and so what is released to it ({@code round(withheld × share, 2, HALF_UP)}) and
 * what the fund keeps. Prepared by an officer, approved by someone else.
 */
@Entity
@Table(name = "deposit_clearing")
public class DepositClearing implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Column(nullable = false)
    private int year;

    @Column(name = "rule_set_code", nullable = false, length = 32)
    private String ruleSetCode;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal withheld;

    @Column(name = "claim_count", nullable = false)
    private int claimCount;

    @Column(nullable = false)
    private int score;

    @Column(name = "band_min_score", nullable = false)
    private int bandMinScore;

    @Column(name = "released_share", nullable = false, precision = 5, scale = 4)
    private BigDecimal releasedShare;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal released;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal kept;

    @Column(nullable = false, length = 16)
    private String status = "PREPARED";

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "prepared_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "prepared_at"))
    private Stamp prepared;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "approved_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "approved_at"))
    private Stamp approved;

    @Version
    private long version;

    protected DepositClearing() {
    }

    DepositClearing(long institutionId, int year, String ruleSetCode, Withheld withheld, int score,
                    ReleaseSchedule.Band band, String preparedBy, Instant preparedAt) {
        this.institutionId = institutionId;
        this.year = year;
        this.ruleSetCode = ruleSetCode;
        this.withheld = withheld.amount();
        this.claimCount = withheld.claims();
        this.score = score;
        this.bandMinScore = band.minScore();
        this.releasedShare = band.share();
        this.released = withheld.amount().multiply(band.share()).setScale(2, RoundingMode.HALF_UP);
        this.kept = withheld.amount().subtract(released);
        this.prepared = Stamp.of(preparedBy, preparedAt);
    }

    /** Approved by someone who did not prepare it. */
    void approve(String by, Instant at) {
        if (isApproved()) {
            throw new BusinessException("clearing.approved", year);
        }
        if (by.equals(Stamp.byOf(prepared))) {
            throw new BusinessException("clearing.fourEyes");
        }
        this.approved = Stamp.of(by, at);
        this.status = "APPROVED";
    }

    public boolean isApproved() {
        return "APPROVED".equals(status);
    }

    @Override
    public String auditType() {
        return "DepositClearing";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("institutionId", institutionId);
        state.put("year", year);
        state.put("withheld", withheld.toPlainString());
        state.put("score", score);
        state.put("releasedShare", releasedShare.toPlainString());
        state.put("released", released.toPlainString());
        state.put("kept", kept.toPlainString());
        state.put("status", status);
        state.put("approvedBy", Stamp.byOf(approved));
        return state;
    }

    public Long getId() {
        return id;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public int getYear() {
        return year;
    }

    public String getRuleSetCode() {
        return ruleSetCode;
    }

    public BigDecimal getWithheld() {
        return withheld;
    }

    public int getClaimCount() {
        return claimCount;
    }

    public int getScore() {
        return score;
    }

    public int getBandMinScore() {
        return bandMinScore;
    }

    public BigDecimal getReleasedShare() {
        return releasedShare;
    }

    public BigDecimal getReleased() {
        return released;
    }

    public BigDecimal getKept() {
        return kept;
    }

    public String getStatus() {
        return status;
    }

    public Stamp getPrepared() {
        return prepared;
    }

    public Stamp getApproval() {
        return approved;
    }
}
