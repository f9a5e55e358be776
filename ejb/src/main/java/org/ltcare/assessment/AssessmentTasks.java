package org.ltcare.assessment;

import java.util.Set;

/** Where the steps of the assessment process are done, for task lists: the model's task keys stay in this package. */
public final class AssessmentTasks {

    /** Steps done on an assessment round's form (dispatch, scoring, confirmation, expert review, escalation). */
    private static final Set<String> ON_THE_FORM = Set.of(AssessmentProcess.TASK_ASSIGN_ASSESSORS,
            AssessmentProcess.TASK_ON_SITE, AssessmentProcess.TASK_CONFIRM, AssessmentProcess.TASK_EXPERT_REVIEW,
            AssessmentProcess.TASK_OVERDUE_ESCALATION);

    private AssessmentTasks() {
    }

    /** Whether the open task {@code taskKey} is done on the assessment form rather than on the case's page. */
    public static boolean isOnAssessmentForm(String taskKey) {
        return ON_THE_FORM.contains(taskKey);
    }
}
