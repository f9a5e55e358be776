package org.ltcare.assessment;

/** Why a round was assessed: the first assessment of an application, or a re-assessment (复评) on an objection. */
public enum AssessmentPurpose {
    INITIAL,
    OBJECTION
}
