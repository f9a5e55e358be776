package org.ltcare.web.assessor;

import java.io.Serializable;
import java.time.LocalDate;

/** One line of an assessor's list: whose case, where, what is to be done now and by when. */
public record AssessmentRow(long applicationId, String insuredName, String idNumber, String place, int round,
        String stepKey, LocalDate dueOn, boolean overdue, String partner) implements Serializable {
}
