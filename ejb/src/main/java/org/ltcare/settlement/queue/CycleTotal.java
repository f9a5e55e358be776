package org.ltcare.settlement.queue;

import java.math.BigDecimal;

/** A cycle's money by one key (an institution, a care type): fund share, deductions, payable, claims or lines. */
public record CycleTotal(String key, long count, BigDecimal fundShare, BigDecimal deducted) {

    public BigDecimal payable() {
        return fundShare.subtract(deducted);
    }

    public BigDecimal getPayable() {
        return payable();
    }
}
