package org.ltcare.insured;

import java.time.LocalDate;

/**
 * A person's enrolment and death dates alone — what a month's claim lines are checked against — read without the
 * person's encrypted name and ID number (issue 23: the claim generation reads them for every beneficiary).
 */
public record EnrolmentDates(long insuredId, LocalDate enrolledOn, LocalDate endedOn, LocalDate diedOn) {

    /** Whether the person was enrolled on the day, by the recorded dates (a claim's NOT_ENROLLED days). */
    public boolean wasEnrolledOn(LocalDate day) {
        return enrolledOn(day, enrolledOn, endedOn);
    }

    static boolean enrolledOn(LocalDate day, LocalDate enrolledOn, LocalDate endedOn) {
        return !day.isBefore(enrolledOn) && (endedOn == null || !day.isAfter(endedOn));
    }
}
