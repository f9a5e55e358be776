package org.ltcare.benefit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.ltcare.policy.rules.CareType;

/**
 * One admission's days in a period ({@link BillableDays}): it covers {@code firstDay..lastDay} (inclusive), and
 * {@code suspendedDays} of those, in order, the person was a hospital inpatient; the rest are billable as far as
 * hospital stays go (settlement checks its other reasons, rules.md §5).
 */
public record AdmissionDays(long admissionId, long institutionId, CareType careType, LocalDate firstDay,
                            LocalDate lastDay, List<LocalDate> suspendedDays) {

    public AdmissionDays {
        Objects.requireNonNull(careType, "careType");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("last day " + lastDay + " before first day " + firstDay);
        }
        suspendedDays = List.copyOf(suspendedDays);
    }

    public int daysInCare() {
        return Math.toIntExact(firstDay.datesUntil(lastDay.plusDays(1)).count());
    }

    public int billableDays() {
        return daysInCare() - suspendedDays.size();
    }
}
