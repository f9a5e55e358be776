package org.ltcare.api.care;

import java.time.LocalDate;
import org.ltcare.benefit.AdmissionLine;
import org.ltcare.policy.rules.CareType;

/**
 * A beneficiary in the institution's care as its system reads them: the admission, the name and the masked ID
 * number (the institution's own records hold the full one), grade and care type, and the days of care.
 */
public record BeneficiaryView(long admissionId, String name, String idNumber, int grade, CareType careType,
                              LocalDate startsOn, LocalDate endsOn, Integer visitsPerWeek) {

    static BeneficiaryView of(AdmissionLine line) {
        var admission = line.admission();
        return new BeneficiaryView(admission.getId(), line.name(), line.idNumber(), line.grade(),
                admission.getCareType(), admission.getStartsOn(), admission.getEndsOn(),
                admission.getVisitsPerWeek());
    }
}
