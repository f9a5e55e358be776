package org.ltcare.benefit;

/** The names care-assignment.bpmn and the services share. */
final class CareAssignmentProcess {

    static final String KEY = "care-assignment";
    static final String TASK_CHOOSE = "Task_ChooseCare";
    static final String TASK_CONFIRM_ADMISSION = "Task_ConfirmAdmission";
    static final String TASK_CONFIRM_CHANGE = "Task_ConfirmChange";

    static final String APPLICATION_ID = "applicationId";
    static final String INSURED_ID = "insuredId";
    static final String ADMISSION_ID = "admissionId";
    static final String INSTITUTION_USERS = "institutionUsers";
    static final String ADMITTED = "admitted";
    static final String CONCLUSION_ENDS_AT = "conclusionEndsAt";
    static final String STILL_ENTITLED = "stillEntitled";

    static final String MESSAGE_CHANGE = "CareChangeRequested";
    static final String MESSAGE_ENDED = "EntitlementEnded";

    private CareAssignmentProcess() {
    }
}
