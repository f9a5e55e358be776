package org.ltcare.benefit;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.ltcare.policy.rules.CareType;

/**
 * Which of a person's days in care a hospital stay suspends (rules.md §3 Suspension, §5 {@code INPATIENT_DAY}):
 * for a period, e.g. a calendar month, from..to inclusive, the days each admission covers in it and which of them
 * are inpatient days. The inpatient days of a stay are {@link InpatientDays}': the day of admission to hospital
 * and the day of discharge are both suspended (verify); an open stay suspends to the end of the period. Pure: no
 * JPA, no container; {@link CareDaysService} loads the admissions and stays. Two admissions on the same day are
 * settlement's {@code DUPLICATE_DAY}, not decided here, nor are the other reasons of §5.
 */
public final class BillableDays {

    /** An admission's days: {@code startsOn..endsOn} inclusive, {@code endsOn} null while open. */
    public record CarePeriod(long admissionId, long institutionId, CareType careType, LocalDate startsOn,
                             LocalDate endsOn) {

        public CarePeriod {
            Objects.requireNonNull(careType, "careType");
            Objects.requireNonNull(startsOn, "startsOn");
        }

        /** An admitted admission's days. */
        public static CarePeriod of(CareAdmission admission) {
            if (admission.getStatus() != AdmissionStatus.ADMITTED) {
                throw new IllegalArgumentException("admission " + admission.getId() + " is " + admission.getStatus());
            }
            return new CarePeriod(admission.getId(), admission.getInstitutionId(), admission.getCareType(),
                    admission.getStartsOn(), admission.getEndsOn());
        }
    }

    private BillableDays() {
    }

    /**
     * The admissions with at least one day in {@code from..to}, by their first day there, each with its days in
     * the period and the inpatient days among them.
     */
    public static List<AdmissionDays> in(LocalDate from, LocalDate to, List<CarePeriod> admissions,
                                         List<InpatientDays> stays) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period " + from + ".." + to);
        }
        return admissions.stream()
                .map(admission -> daysOf(admission, from, to, stays))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(AdmissionDays::firstDay))
                .toList();
    }

    private static Optional<AdmissionDays> daysOf(CarePeriod admission, LocalDate from, LocalDate to,
                                                  List<InpatientDays> stays) {
        LocalDate first = admission.startsOn().isAfter(from) ? admission.startsOn() : from;
        LocalDate last = admission.endsOn() != null && admission.endsOn().isBefore(to) ? admission.endsOn() : to;
        if (first.isAfter(last)) {
            return Optional.empty();
        }
        SortedSet<LocalDate> suspended = new TreeSet<>();
        stays.forEach(stay -> suspended.addAll(stay.daysWithin(first, last)));
        return Optional.of(new AdmissionDays(admission.admissionId(), admission.institutionId(),
                admission.careType(), first, last, List.copyOf(suspended)));
    }
}
