package org.ltcare.api;

import java.time.Instant;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.shared.security.Actor;

/** An application as the API shows it; the ID number is masked unless the caller's role needs it in full. */
public record ApplicationView(long id, String insuredName, String insuredIdNumber, String status,
                              String applicantRole, String applicantName, Instant filedAt, String refusalGround,
                              String refusalReason, String processInstanceId) {

    static ApplicationView of(AssessmentApplication a, Actor actor) {
        var idNumber = a.getInsured().getIdNumber();
        return new ApplicationView(a.getId(), a.getInsured().getName(),
                actor.maySeeFullIdNumbers() ? idNumber.value() : idNumber.masked(), a.getStatus().name(),
                a.getApplicantRole().name(), a.getApplicantName(), a.getFiledAt(),
                a.getRefusalGround() == null ? null : a.getRefusalGround().name(), a.getRefusalReason(),
                a.getProcessInstanceId());
    }
}
