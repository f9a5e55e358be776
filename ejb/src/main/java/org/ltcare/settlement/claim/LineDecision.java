package org.ltcare.settlement.claim;

import java.math.BigDecimal;

/** The first reviewer's decision on a line: accept, deduct {@code amount} yuan, or return; reason and note. */
public record LineDecision(long lineId, LineReview review, BigDecimal amount, ReviewReason reason, String note) {

    public static LineDecision accept(long lineId) {
        return new LineDecision(lineId, LineReview.ACCEPTED, null, null, null);
    }
}
