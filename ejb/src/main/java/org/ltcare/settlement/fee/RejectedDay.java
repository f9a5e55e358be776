package org.ltcare.settlement.fee;

import java.time.LocalDate;
import java.util.Objects;

/** A claimed day that is not billable, with the first failed condition as its reason. */
public record RejectedDay(LocalDate date, RejectionReason reason) {

    public RejectedDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
    }
}
