package org.ltcare.institution.contracting;

import java.time.LocalDate;
import java.util.Date;
import org.ltcare.shared.time.ClockProducer;

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

    /** The start of a day, when a timer for that day fires. */
    static Date at(LocalDate day) {
        return Date.from(day.atStartOfDay(ClockProducer.ZONE).toInstant());
    }

    /** The first moment after a period ending with {@code lastDay}. */
    static Date after(LocalDate lastDay) {
        return at(lastDay.plusDays(1));
    }
}
