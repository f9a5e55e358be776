package org.ltcare.settlement.claim;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ltcare.assessment.AssessmentConclusion;
import org.ltcare.assessment.ConclusionRepository;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.benefit.HospitalStayService;
import org.ltcare.care.BedDayAbsence;
import org.ltcare.care.BedDayRepository;
import org.ltcare.care.visit.HomeVisitRepository;
import org.ltcare.institution.AgreementService;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.ServiceAgreement;
import org.ltcare.insured.InsuredPerson;
import org.ltcare.insured.InsuredRepository;
import org.ltcare.policy.rules.CareType;

/**
 * Reads what an institution's month of claim lines is computed from (rules.md §5): its admissions with days in the
 * month, each person's grade and conclusion date, enrolment, death, inpatient days, the days other submitted claims hold,
 * the agreement in force each day (its charge for the care type, or the days without one), and the service records
 * — absences for 专护/院护, verified visits for 家护/巡护. One {@link ClaimInputs} per admission with claimed days.
 */
@Stateless
public class ClaimGenerator {

    private static final List<CareType> ALL_TYPES = List.of(CareType.values());

    @Inject
    private BedDayRepository bedDays;

    @Inject
    private HomeVisitRepository visits;

    @Inject
    private HospitalStayService stays;

    @Inject
    private InsuredRepository insured;

    @Inject
    private ConclusionRepository conclusions;

    @Inject
    private AgreementService agreements;

    @Inject
    private ClaimRepository claims;

    public List<ClaimInputs> inputs(CareInstitution institution, YearMonth month, long claimId) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        long institutionId = institution.getId();
        List<CareAdmission> admissions = bedDays.admissions(institutionId, ALL_TYPES, from, to);
        Set<Long> people = new HashSet<>();
        List<Long> admissionIds = new ArrayList<>();
        admissions.forEach(a -> {
            people.add(a.getInsuredId());
            admissionIds.add(a.getId());
        });
        Map<Long, InsuredPerson> persons = insured.byIds(people);
        Map<Long, Set<LocalDate>> inpatient = stays.inpatientDays(people, from, to);
        Map<Long, Set<LocalDate>> absent = new HashMap<>();
        for (BedDayAbsence absence : bedDays.absencesOf(admissionIds, from, to)) {
            absent.computeIfAbsent(absence.getAdmissionId(), k -> new TreeSet<>()).add(absence.getAbsentOn());
        }
        Map<Long, Map<LocalDate, Boolean>> visitDays = visits.visitDays(admissionIds, from, to);
        Map<Long, Set<LocalDate>> elsewhere = new HashMap<>();
        for (ClaimLine other : claims.otherLinesOf(people, month, claimId)) {
            elsewhere.computeIfAbsent(other.getInsuredId(), k -> new TreeSet<>()).addAll(other.claimedDaysIn(month));
        }
        Map<LocalDate, Optional<ServiceAgreement>> agreementOn = agreements.inForceByDay(institutionId, from, to);
        Map<Long, AssessmentConclusion> conclusionOf = conclusions.byIds(admissions.stream()
                .map(CareAdmission::getConclusionId).toList());
        List<ClaimInputs> lines = new ArrayList<>();
        for (CareAdmission admission : admissions) {
            Set<LocalDate> claimed = claimedDays(admission, from, to, visitDays.get(admission.getId()));
            if (claimed.isEmpty()) {
                continue;
            }
            AssessmentConclusion conclusion = conclusionOf.get(admission.getConclusionId());
            Set<LocalDate> withoutRecord = withoutServiceRecord(admission, claimed,
                    absent.getOrDefault(admission.getId(), Set.of()), visitDays.get(admission.getId()));
            Set<LocalDate> withoutAgreement = new TreeSet<>();
            BigDecimal charge = null;
            for (LocalDate day : claimed) {
                Optional<ServiceAgreement.Line> line = agreementOn.get(day)
                        .flatMap(agreement -> agreement.lineFor(admission.getCareType()));
                if (line.isEmpty()) {
                    withoutAgreement.add(day);
                } else if (charge == null) {
                    charge = line.get().getDailyCharge();
                }
            }
            InsuredPerson person = persons.get(admission.getInsuredId());
            Set<LocalDate> notEnrolled = new TreeSet<>();
            claimed.stream().filter(day -> !person.wasEnrolledOn(day)).forEach(notEnrolled::add);
            lines.add(new ClaimInputs(admission.getId(), admission.getInsuredId(), admission.getCareType(),
                    conclusion.getGrade(), institution.getHospitalLevel(), conclusion.getConcludedOn(),
                    charge == null ? BigDecimal.ZERO : charge, claimed,
                    inpatient.getOrDefault(admission.getInsuredId(), Set.of()), person.getDiedOn(),
                    elsewhere.getOrDefault(admission.getInsuredId(), Set.of()), withoutRecord, withoutAgreement,
                    notEnrolled, null));
        }
        return lines;
    }

    /** 专护/院护: every day of the admission in the month; 家护/巡护: the days with a visit. */
    private static Set<LocalDate> claimedDays(CareAdmission admission, LocalDate from, LocalDate to,
                                              Map<LocalDate, Boolean> visitDays) {
        Set<LocalDate> claimed = new TreeSet<>();
        boolean home = admission.getCareType().isVisitBased();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (admission.coversDay(day) && (!home || (visitDays != null && visitDays.containsKey(day)))) {
                claimed.add(day);
            }
        }
        return claimed;
    }

    /** Absent days of bed-based care; for home care the days whose visits are all unverified. */
    private static Set<LocalDate> withoutServiceRecord(CareAdmission admission, Set<LocalDate> claimed,
                                                       Set<LocalDate> absent, Map<LocalDate, Boolean> visitDays) {
        Set<LocalDate> days = new TreeSet<>();
        boolean home = admission.getCareType().isVisitBased();
        for (LocalDate day : claimed) {
            if (home ? !visitDays.getOrDefault(day, false) : absent.contains(day)) {
                days.add(day);
            }
        }
        return days;
    }
}
