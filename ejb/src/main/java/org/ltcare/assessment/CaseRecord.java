package org.ltcare.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a case's page shows of its assessment: the rounds, notices, objections and conclusions, whether an
 * objection decision is waiting, and until when the applicant's side may still object (null when it may not).
 */
public record CaseRecord(List<Assessment> rounds, List<PublicNotice> notices, List<Objection> objections,
        List<AssessmentConclusion> conclusions, boolean objectionDecisionWaiting, LocalDate applicantMayObjectUntil) {

    public CaseRecord {
        rounds = List.copyOf(rounds);
        notices = List.copyOf(notices);
        objections = List.copyOf(objections);
        conclusions = List.copyOf(conclusions);
    }
}
