package org.ltcare.care.visit;

/**
 * A day with home visits, for settlement's service record: whether one of them is verified, and else the id of
 * an unverified one (the lowest), which the claim names as the record behind the rejected day.
 */
public record VisitDay(boolean verified, long unverifiedVisitId) {

    /** Two visits of one day: a verified one makes the day verified; else the lower id stays the evidence. */
    VisitDay and(VisitDay other) {
        if (verified || other.verified) {
            return new VisitDay(true, 0);
        }
        return unverifiedVisitId <= other.unverifiedVisitId ? this : other;
    }
}
