package org.ltcare.demo.city;

/** What a generation made and how long it took (seconds of the base data, and of the settlement of the months). */
public record CityReport(int institutions, int insured, int concluded, int inCare, long visits, long absences,
                         long stays, int claims, int months, double baseSeconds, double settlementSeconds) {

    /** A region whose base data was written before (a generation resumed). */
    static final CityReport ALREADY_THERE = new CityReport(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    CityReport settled(int claimCount, int monthCount, double seconds) {
        return new CityReport(institutions, insured, concluded, inCare, visits, absences, stays, claimCount,
                monthCount, baseSeconds, seconds);
    }

    public String summary() {
        return String.format("%,d institutions, %,d insured, %,d concluded, %,d in care; %,d home visits, %,d "
                        + "absences, %,d hospital stays in %.0f s; %,d claims of %d months settled in %.0f s",
                institutions, insured, concluded, inCare, visits, absences, stays, baseSeconds, claims, months,
                settlementSeconds);
    }
}
