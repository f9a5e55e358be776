package org.ltcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseStageTest {

    @ParameterizedTest(name = "{0}, round {1}, notice open {2}, objections {3}, in force {4} → {5}")
    @CsvSource(nullValues = "-", value = {
        // application, latest round,   notice open, undecided objections, conclusion in force, stage
        "SUBMITTED,  -,                  false, false, false, ACCEPTANCE_REVIEW",
        "REFUSED,    -,                  false, false, false, REFUSED",
        "ACCEPTED,   -,                  false, false, false, AWAITING_ASSESSORS",
        "ACCEPTED,   AWAITING_ASSESSORS, false, false, false, AWAITING_ASSESSORS",
        "ACCEPTED,   DISPATCHED,         false, false, false, ON_SITE_ASSESSMENT",
        "ACCEPTED,   ENTERED,            false, false, false, CONFIRMATION",
        "ACCEPTED,   CONFIRMED,          false, false, false, EXPERT_REVIEW",
        "ACCEPTED,   APPROVED,           true,  false, false, PUBLIC_NOTICE",
        // objections lodged during the notice are decided after it: still the notice while it runs
        "ACCEPTED,   APPROVED,           true,  true,  false, PUBLIC_NOTICE",
        "ACCEPTED,   APPROVED,           false, true,  false, OBJECTION_REVIEW",
        // an upheld objection: the re-assessment round runs
        "ACCEPTED,   DISPATCHED,         false, false, false, ON_SITE_ASSESSMENT",
        // approved, the conclusion not yet issued (the process does it right after)
        "ACCEPTED,   APPROVED,           false, false, false, EXPERT_REVIEW",
        "CONCLUDED,  APPROVED,           false, false, true,  CONCLUDED",
        // the applicant objects to the conclusion within the window
        "CONCLUDED,  APPROVED,           false, true,  true,  OBJECTION_REVIEW",
        // the objection upheld: the concluded case is assessed again
        "CONCLUDED,  AWAITING_ASSESSORS, false, false, true,  AWAITING_ASSESSORS",
        "CONCLUDED,  DISPATCHED,         false, false, true,  ON_SITE_ASSESSMENT",
        "CONCLUDED,  ENTERED,            false, false, true,  CONFIRMATION",
        "CONCLUDED,  CONFIRMED,          false, false, true,  EXPERT_REVIEW",
        // superseded by a later application's conclusion: the case itself is still concluded
        "CONCLUDED,  APPROVED,           false, false, false, CONCLUDED",
    })
    void theStageFollowsWhatIsGoingOn(ApplicationStatus status, AssessmentStatus latestRound, boolean noticeOpen,
                                      boolean objectionsUndecided, boolean conclusionInForce, CaseStage expected) {
        assertThat(CaseStage.of(status, latestRound, noticeOpen, objectionsUndecided, conclusionInForce))
                .isEqualTo(expected);
    }
}
