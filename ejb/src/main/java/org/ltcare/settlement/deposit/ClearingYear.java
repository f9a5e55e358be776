package org.ltcare.settlement.deposit;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** A year's clearing: those made, the institutions still to clear, and the scores of those evaluated. */
public record ClearingYear(int year, List<DepositClearing> made, List<Withheld> open, Map<Long, Integer> scores)
        implements Serializable {

    public boolean isEvaluated(Withheld withheld) {
        return scores.containsKey(withheld.institutionId());
    }
}
