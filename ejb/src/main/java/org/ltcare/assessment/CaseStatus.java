package org.ltcare.assessment;

import java.time.LocalDate;
import org.ltcare.shared.calendar.DeadlineExplanation;

/**
 * What an institution's system may know of a case it filed: the stage, the latest round's number, due date and
 * (once approved) grade, the latest notice, the conclusion in force and a refusal's ground. No scores, no
 * assessors, no objectors: those stay with the agency.
 *
 * @param round           the latest round's number, null before any round
 * @param assessmentDueOn the latest round's due date, null before any round
 * @param assessmentDueBasis how that date was counted, null when it was not kept (or there is no date)
 * @param grade           the latest round's grade once the expert review approved it, else null
 * @param notice          the latest public notice, null when there has been none
 * @param conclusion      the conclusion in force, null when there is none (yet, or any more)
 * @param refusalGround   why it was not accepted, null unless refused
 */
public record CaseStatus(long applicationId, ApplicationStatus status, CaseStage stage, Integer round,
                         LocalDate assessmentDueOn, DeadlineExplanation assessmentDueBasis, Integer grade,
                         Notice notice, Conclusion conclusion,
                         RefusalGround refusalGround) {

    /** @param open whether objections are still taken (the notice is not closed yet) */
    /** {@code endsBasis}: how the last day was counted, null when not kept. */
    public record Notice(LocalDate startsOn, LocalDate endsOn, DeadlineExplanation endsBasis, boolean open) {
    }

    public record Conclusion(String documentNumber, int grade, LocalDate concludedOn, LocalDate validThrough,
                             LocalDate benefitFrom) {
    }
}
