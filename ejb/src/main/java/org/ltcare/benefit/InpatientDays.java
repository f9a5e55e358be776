package org.ltcare.benefit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A hospital stay's dates as reported: admitted on, discharged on (null while in hospital). Which of its days are
 * inpatient days, not billable as care days (rules.md §3 Suspension, §5 {@code INPATIENT_DAY}), is decided here and
 * nowhere else, in {@link #firstDay} and {@link #lastDay}: the day of admission and the day of discharge are both
 * inpatient days, i.e. admittedOn..dischargedOn inclusive (verify: rules.md does not say; the public worked case S2,
 * "inpatient 03-05 to 03-14 (10 days)", reads the same way). Hospital billing's usual count, the admission day but
 * not the discharge day, would be a last day of {@code dischargedOn - 1}.
 */
public record InpatientDays(LocalDate admittedOn, LocalDate dischargedOn) {

    public InpatientDays {
        Objects.requireNonNull(admittedOn, "admittedOn");
        if (dischargedOn != null && dischargedOn.isBefore(admittedOn)) {
            throw new IllegalArgumentException("discharged " + dischargedOn + " before admitted " + admittedOn);
        }
    }

    /** The first day not billable as a care day: the day of admission. */
    public LocalDate firstDay() {
        return admittedOn;
    }

    /** The last day not billable as a care day: the day of discharge; empty while in hospital. */
    public Optional<LocalDate> lastDay() {
        return Optional.ofNullable(dischargedOn);
    }

    /** The inpatient days within {@code from..to} (inclusive), in order; an open stay runs to {@code to}. */
    public List<LocalDate> daysWithin(LocalDate from, LocalDate to) {
        LocalDate first = firstDay().isAfter(from) ? firstDay() : from;
        LocalDate last = lastDay().filter(day -> day.isBefore(to)).orElse(to);
        return first.isAfter(last) ? List.of() : first.datesUntil(last.plusDays(1)).toList();
    }

    /**
     * Whether two stays of one person overlap: they share a day, except a transfer (转院) where one hospital
     * discharges on the day the other admits, which is one inpatient day for billing (verify). The same dates
     * twice are an overlap (a stay reported again), not a transfer. An open stay runs on without end.
     */
    public boolean overlaps(InpatientDays other) {
        boolean shareADay = !admittedOn.isAfter(endOrMax(other)) && !other.admittedOn.isAfter(endOrMax(this));
        boolean transfer = admittedOn.equals(other.dischargedOn) || other.admittedOn.equals(dischargedOn);
        return shareADay && (!transfer || equals(other));
    }

    private static LocalDate endOrMax(InpatientDays stay) {
        return stay.dischargedOn == null ? LocalDate.MAX : stay.dischargedOn;
    }
}
