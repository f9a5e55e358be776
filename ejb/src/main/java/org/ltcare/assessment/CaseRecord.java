package org.ltcare.assessment;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything a case's page shows of its assessment: the rounds, notices, objections and conclusions, whether an
 * objection decision is waiting, until when the applicant's side may still object (null when it may not), whether
 * the supervisor is asked to re-assess before expiry, whether the bureau may order a re-assessment now, and what the
 * user who asked may do with it now ({@code open}).
 */
public record CaseRecord(List<Assessment> rounds, List<PublicNotice> notices, List<Objection> objections,
        List<AssessmentConclusion> conclusions, boolean objectionDecisionWaiting, LocalDate applicantMayObjectUntil,
        boolean expiryDecisionWaiting, boolean earlyReassessmentPossible, Set<CaseAction> open)
        implements Serializable {

    public CaseRecord {
        rounds = List.copyOf(rounds);
        notices = List.copyOf(notices);
        objections = List.copyOf(objections);
        conclusions = List.copyOf(conclusions);
        open = Set.copyOf(open);
    }
}
