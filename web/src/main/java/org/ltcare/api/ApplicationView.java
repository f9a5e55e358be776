package org.ltcare.api;

import java.time.format.DateTimeFormatter;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.time.ClockProducer;

/**
 * An application as the API shows it; the ID number is masked unless the caller's role needs it in full.
 * Times are ISO-8601 strings with the China Standard Time offset.
 */
public record ApplicationView(long id, String insuredName, String insuredIdNumber, String status,
                              String applicantRole, String applicantName, String filedAt, String refusalGround,
                              String refusalReason, String processInstanceId) {

    static ApplicationView of(AssessmentApplication a, Actor actor) {
        var idNumber = a.getInsured().getIdNumber();
        return new ApplicationView(a.getId(), a.getInsured().getName(),
                idNumber.shownTo(actor), a.getStatus().name(),
                a.getApplicantRole().name(), a.getApplicantName(),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(a.getFiledAt().atZone(ClockProducer.ZONE)),
                a.getRefusalGround() == null ? null : a.getRefusalGround().name(), a.getRefusalReason(),
                a.getProcessInstanceId());
    }
}
