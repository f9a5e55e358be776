package org.ltcare.overview;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.ltcare.settlement.claim.ClaimStatus;

/** A submitted claim not yet approved whose payout is due soon (or overdue: negative days left). */
public record DeadlineClaim(long claimId, String institution, YearMonth month, ClaimStatus status, LocalDate dueOn,
                            BigDecimal fundShare, long daysLeft) implements Serializable {

    public boolean isOverdue() {
        return daysLeft < 0;
    }
}
