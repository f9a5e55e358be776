package org.ltcare.benefit;

import jakarta.persistence.Query;
import java.time.LocalDate;

/**
 * "In care" — admitted, started and not yet ended — written once for every query that counts or lists the people
 * in care on a day or during a period (the overview, reports, bed-day grids, the claim run). A day is the period
 * of that one day.
 */
public final class InCare {

    /** JPQL over {@code CareAdmission a}: in care on some day of {@code :inCareFrom..:inCareTo} (see {@link #during}). */
    public static final String JPQL = "a.status = org.ltcare.benefit.AdmissionStatus.ADMITTED "
            + "and a.startsOn <= :inCareTo and (a.endsOn is null or a.endsOn >= :inCareFrom)";

    private InCare() {
    }

    /** SQL over {@code care_admission a}, the period's first and last day given as the query's placeholders. */
    public static String sql(String fromPlaceholder, String toPlaceholder) {
        return "a.status = 'ADMITTED' and a.starts_on <= " + toPlaceholder + " and (a.ends_on is null or a.ends_on >= "
                + fromPlaceholder + ")";
    }

    /** Binds {@link #JPQL}'s period. */
    public static <Q extends Query> Q during(Q query, LocalDate from, LocalDate to) {
        query.setParameter("inCareFrom", from).setParameter("inCareTo", to);
        return query;
    }

    /** Binds {@link #JPQL}'s period to one day. */
    public static <Q extends Query> Q on(Q query, LocalDate day) {
        return during(query, day, day);
    }
}
