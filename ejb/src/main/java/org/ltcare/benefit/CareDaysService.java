package org.ltcare.benefit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's days in care and the hospital inpatient days among them, per admission, for settlement (rules.md §3
 * Suspension, §5 {@code INPATIENT_DAY}); {@link BillableDays} decides them. No actor: the monthly settlement job
 * calls it for each beneficiary, not a user; screens read admissions and stays through the services that check
 * the user's scope.
 */
@Stateless
public class CareDaysService {

    @Inject
    private AdmissionRepository admissions;

    @Inject
    private HospitalStayRepository stays;

    /** The admissions with days in {@code from..to} (inclusive), e.g. a calendar month, by their first day. */
    public List<AdmissionDays> billableDays(long insuredId, LocalDate from, LocalDate to) {
        List<BillableDays.CarePeriod> inCare = admissions.ofInsured(insuredId).stream()
                .filter(admission -> admission.getStatus() == AdmissionStatus.ADMITTED)
                .map(BillableDays.CarePeriod::of).toList();
        List<InpatientDays> inpatient = stays.ofInsured(insuredId, false).stream()
                .map(HospitalStay::inpatientDays).toList();
        return BillableDays.in(from, to, inCare, inpatient);
    }
}
