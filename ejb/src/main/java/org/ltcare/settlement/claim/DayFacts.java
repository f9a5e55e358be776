package org.ltcare.settlement.claim;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ltcare.settlement.fee.RejectionFact;
import org.ltcare.settlement.fee.RejectionReason;

/**
 * The days of a claim line that fail a rule of the records, each with the record that makes it fail: an inpatient
 * day with its hospital stay, a day without service record with its absence or unverified visit, a day another
 * claim holds with that claim, a day without agreement, a day outside the enrolment. The day sets the calculator
 * works with are this map's keys, so a day's reason and the record named for it come from one reading of the
 * records. Facts that hold for every day of the line (the conclusion, the date of death) are given once.
 */
public final class DayFacts {

    private final Map<RejectionReason, Map<LocalDate, RejectionFact>> byDay = new EnumMap<>(RejectionReason.class);
    private final Map<RejectionReason, RejectionFact> everyDay = new EnumMap<>(RejectionReason.class);

    /**
     * The first record found for a day stays its fact: reading the records again names the same one. A null fact
     * is a day known to fail without its record (a line stored before records were kept, computed again).
     */
    public DayFacts add(RejectionReason reason, LocalDate day, RejectionFact fact) {
        byDay.computeIfAbsent(reason, r -> new TreeMap<>()).putIfAbsent(day, fact);
        return this;
    }

    public DayFacts addAll(RejectionReason reason, Collection<LocalDate> days, RejectionFact fact) {
        days.forEach(day -> add(reason, day, fact));
        return this;
    }

    /** The record behind {@code reason} on any day that has none of its own. */
    public DayFacts forEveryDay(RejectionReason reason, RejectionFact fact) {
        everyDay.put(reason, fact);
        return this;
    }

    /** The days failing {@code reason}, in order. */
    public Set<LocalDate> days(RejectionReason reason) {
        return new TreeSet<>(byDay.getOrDefault(reason, Map.of()).keySet());
    }

    public Optional<RejectionFact> of(RejectionReason reason, LocalDate day) {
        RejectionFact fact = byDay.getOrDefault(reason, Map.of()).get(day);
        return Optional.ofNullable(fact != null ? fact : everyDay.get(reason));
    }

    /** These facts without the days of the reasons {@code kept} says no to (a rule set that switched them off). */
    public DayFacts only(java.util.function.Predicate<RejectionReason> kept) {
        DayFacts copy = new DayFacts();
        byDay.forEach((reason, days) -> {
            if (kept.test(reason)) {
                copy.byDay.put(reason, new TreeMap<>(days));
            }
        });
        copy.everyDay.putAll(everyDay);
        return copy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DayFacts that && byDay.equals(that.byDay) && everyDay.equals(that.everyDay);
    }

    @Override
    public int hashCode() {
        return byDay.hashCode() * 31 + everyDay.hashCode();
    }
}
