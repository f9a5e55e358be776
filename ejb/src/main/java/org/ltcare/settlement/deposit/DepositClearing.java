package org.ltcare.settlement.deposit;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;
import org.ltcare.policy.deposit.ReleaseSchedule;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.audit.AuditStates;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.audit.AuditedField;
import org.ltcare.shared.model.Stamp;
import org.ltcare.shared.model.Versioned;

/**
 * An institution's annual clearing of the quality deposit: what was withheld from its claims for care in the year,
 * its evaluation score and band, and so what is released to it ({@code round(withheld × share, 2, HALF_UP)}) and
 * what the fund keeps. Prepared by an officer, approved by someone else.
 */
@Entity
@Table(name = "deposit_clearing")
public class DepositClearing extends Versioned implements Auditable {

    @AuditedField
    private long institutionId;

    @AuditedField
    private int year;

    private String ruleSetCode;

    @AuditedField
    private BigDecimal withheld;

    private int claimCount;

    @AuditedField
    private int score;

    private int bandMinScore;

    @AuditedField
    private BigDecimal releasedShare;

    @AuditedField
    private BigDecimal released;

    @AuditedField
    private BigDecimal kept;

    @AuditedField
    private String status = "PREPARED";

    @Embedded
    private Stamp prepared;

    @Embedded
    @AuditedField
    private Stamp approved;

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
    public Map<String, Object> auditState() {
        return AuditStates.of(this);
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
