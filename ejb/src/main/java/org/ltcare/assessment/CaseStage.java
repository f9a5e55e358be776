package org.ltcare.assessment;

/**
 * Where a case stands as one code, for institutions' systems that show their residents' cases (GET
 * /api/v1/applications/{id}/status). Derived, never stored: the application, its latest round, its latest notice,
 * its objections and its conclusion already say it, and a stored copy could disagree with them.
 */
public enum CaseStage {
    /** Filed; the agency decides whether to accept it (受理审核). */
    ACCEPTANCE_REVIEW,
    /** Not accepted (不予受理); final. */
    REFUSED,
    /** Accepted, or an objection upheld, and too few assessors could be drawn: a supervisor assigns them. */
    AWAITING_ASSESSORS,
    /** Two assessors are to visit and enter the 17 items (现场评估). */
    ON_SITE_ASSESSMENT,
    /** Entered; the second assessor confirms. */
    CONFIRMATION,
    /** Confirmed; the expert review (专家复核) approves or sends it back. */
    EXPERT_REVIEW,
    /** The approved grade is on public notice (公示); anyone may object. */
    PUBLIC_NOTICE,
    /** Objections wait for the agency's decision (异议审查). */
    OBJECTION_REVIEW,
    /** A conclusion (评估结论) has been issued and nothing else is going on. */
    CONCLUDED;

    /**
     * The stage of a case. A running round comes first: after an upheld objection or an ordered re-assessment
     * a concluded case is being assessed again. A case whose latest round is approved but which has neither an
     * open notice, nor undecided objections, nor a conclusion is between the approval and the notice or
     * conclusion the process issues right after it: it still reads as {@link #EXPERT_REVIEW}.
     *
     * @param latestRound the status of the latest assessment round; null when none has been opened (an accepted
     *                    case then waits for its assessors)
     */
    public static CaseStage of(ApplicationStatus status, AssessmentStatus latestRound, boolean noticeOpen,
                               boolean objectionsUndecided, boolean conclusionInForce) {
        if (status == ApplicationStatus.SUBMITTED) {
            return ACCEPTANCE_REVIEW;
        }
        if (status == ApplicationStatus.REFUSED) {
            return REFUSED;
        }
        if (latestRound == null) {
            return AWAITING_ASSESSORS;
        }
        CaseStage running = switch (latestRound) {
            case AWAITING_ASSESSORS -> AWAITING_ASSESSORS;
            case DISPATCHED -> ON_SITE_ASSESSMENT;
            case ENTERED -> CONFIRMATION;
            case CONFIRMED -> EXPERT_REVIEW;
            case APPROVED -> null;
        };
        if (running != null) {
            return running;
        }
        if (noticeOpen) {
            return PUBLIC_NOTICE;
        }
        if (objectionsUndecided) {
            return OBJECTION_REVIEW;
        }
        return conclusionInForce || status == ApplicationStatus.CONCLUDED ? CONCLUDED : EXPERT_REVIEW;
    }
}
