package org.ltcare.institution.contracting;

/** The names institution-contracting.bpmn and the services share: keys, variables, messages. */
final class ContractingProcess {

    static final String KEY = "institution-contracting";
    static final String TASK_DOCUMENT_REVIEW = "Task_DocumentReview";
    static final String TASK_EVALUATION = "Task_Evaluation";
    static final String TASK_SIGN = "Task_SignAgreement";
    static final String TASK_RENEWAL_DECISION = "Task_RenewalDecision";

    static final String CONTRACTING_ID = "contractingId";
    static final String DOCUMENTS_COMPLETE = "documentsComplete";
    static final String CORRECTION_LAPSES_AT = "correctionLapsesAt";
    static final String EVALUATION_PASSED = "evaluationPassed";
    static final String NOTICE_ENDS_AT = "noticeEndsAt";
    static final String SIGNED = "signed";
    static final String RENEWED = "renewed";
    static final String RENEWAL_STARTS_AT = "renewalStartsAt";
    static final String AGREEMENT_ENDS_AT = "agreementEndsAt";

    static final String MESSAGE_DOCUMENTS_CORRECTED = "DocumentsCorrected";
    static final String MESSAGE_AGREEMENT_TERMINATED = "AgreementTerminated";

    private ContractingProcess() {
    }
}
