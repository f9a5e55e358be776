package org.ltcare.assessment;

import java.time.LocalDate;
import java.util.Date;
import org.ltcare.shared.time.ClockProducer;
import org.ltcare.shared.workflow.TimerDates;

/** The names the disability-assessment model and the services share: task keys, variables, messages. */
final class AssessmentProcess {

    static final String TASK_ASSIGN_ASSESSORS = "Task_AssignAssessors";
    static final String TASK_ON_SITE = "Task_OnSiteAssessment";
    static final String TASK_CONFIRM = "Task_ConfirmAssessment";
    static final String TASK_EXPERT_REVIEW = "Task_ExpertReview";
    static final String TASK_DECIDE_OBJECTION = "Task_DecideObjection";
    static final String TASK_EXPIRY_REASSESSMENT = "Task_ExpiryReassessment";
    static final String TASK_OVERDUE_ESCALATION = "Task_OverdueEscalation";

    static final String DISPATCHED = "dispatched";
    static final String ASSESSMENT_ID = "assessmentId";
    static final String ASSESSOR_USERS = "assessorUsers";
    static final String ASSESSMENT_DUE = "assessmentDue";
    /** When the overdue escalation fires: the due time, or two weeks on when the calendar year is missing. */
    static final String ESCALATION_AT = "escalationAt";
    static final String CONFIRMING_USER = "confirmingUser";
    static final String CONFIRMED = "confirmed";
    static final String REVIEW_APPROVED = "reviewApproved";
    static final String NOTICE_REQUIRED = "noticeRequired";
    static final String NOTICE_ENDS = "noticeEnds";
    static final String OBJECTIONS_LODGED = "objectionsLodged";
    static final String OBJECTION_ACCEPTED = "objectionAccepted";
    static final String CONCLUDED = "concluded";
    static final String OBJECTION_ALLOWED = "objectionAllowed";
    static final String OBJECTION_WINDOW_ENDS = "objectionWindowEnds";
    static final String EXPIRY_REMINDER = "expiryReminder";

    static final String MESSAGE_APPLICANT_OBJECTION = "ApplicantObjection";
    static final String MESSAGE_EARLY_REASSESSMENT = "EarlyReassessmentOrdered";
    static final String REASSESS = "reassess";

    /** Business hours end at 17:00: a task due on a day is overdue from then. */
    private static final int DUE_HOUR = 17;

    private AssessmentProcess() {
    }

    static Date dueAt(LocalDate day) {
        return day == null ? null : Date.from(day.atTime(DUE_HOUR, 0).atZone(ClockProducer.ZONE).toInstant());
    }

    /** The start of a day, when a timer for that day fires. */
    static Date at(LocalDate day) {
        return TimerDates.at(day);
    }

    /** The first moment after a period that ends with {@code lastDay}, when a timer closes it. */
    static Date after(LocalDate lastDay) {
        return TimerDates.after(lastDay);
    }
}
