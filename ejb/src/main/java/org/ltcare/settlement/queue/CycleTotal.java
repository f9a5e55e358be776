package org.ltcare.settlement.queue;

import java.io.Serializable;
import java.math.BigDecimal;

/** A cycle's money by one key (an institution, a care type): fund share, deductions, payable, claims or lines. */
public record CycleTotal(String key, long count, BigDecimal fundShare, BigDecimal deducted) implements Serializable {

    public BigDecimal payable() {
        return fundShare.subtract(deducted);
    }

    public BigDecimal getPayable() {
        return payable();
    }
}
