package org.ltcare.settlement.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;

/** Days and money of a claim line, or summed over a claim: claimed and billable days, total fee, the two shares. */
@Embeddable
public class ClaimAmounts implements Serializable {

    static final ClaimAmounts NONE = new ClaimAmounts(0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    @Column(name = "claimed_days")
    private int claimedDays;

    @Column(name = "billable_days")
    private int billableDays;

    @Column(name = "total_fee")
    private BigDecimal totalFee;

    @Column(name = "fund_share")
    private BigDecimal fundShare;

    @Column(name = "personal_share")
    private BigDecimal personalShare;

    protected ClaimAmounts() {
    }

    ClaimAmounts(int claimedDays, int billableDays, BigDecimal totalFee, BigDecimal fundShare,
                 BigDecimal personalShare) {
        this.claimedDays = claimedDays;
        this.billableDays = billableDays;
        this.totalFee = totalFee;
        this.fundShare = fundShare;
        this.personalShare = personalShare;
    }

    ClaimAmounts plus(ClaimAmounts other) {
        return new ClaimAmounts(claimedDays + other.claimedDays, billableDays + other.billableDays,
                totalFee.add(other.totalFee), fundShare.add(other.fundShare), personalShare.add(other.personalShare));
    }

    public int getClaimedDays() {
        return claimedDays;
    }

    public int getBillableDays() {
        return billableDays;
    }

    public BigDecimal getTotalFee() {
        return totalFee;
    }

    public BigDecimal getFundShare() {
        return fundShare;
    }

    public BigDecimal getPersonalShare() {
        return personalShare;
    }
}
