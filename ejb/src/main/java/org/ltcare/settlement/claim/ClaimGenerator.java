package org.ltcare.settlement.claim;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import org.hibernate.Session;
import org.ltcare.assessment.ConclusionGrade;
import org.ltcare.assessment.ConclusionRepository;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.benefit.HospitalStay;
import org.ltcare.benefit.HospitalStayService;
import org.ltcare.care.BedDayAbsence;
import org.ltcare.care.BedDayRepository;
import org.ltcare.care.visit.HomeVisitRepository;
import org.ltcare.care.visit.VisitDay;
import org.ltcare.institution.AgreementService;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.ServiceAgreement;
import org.ltcare.insured.EnrolmentDates;
import org.ltcare.insured.InsuredRepository;
import org.ltcare.policy.rules.CareType;
import org.ltcare.settlement.fee.FactKind;
import org.ltcare.settlement.fee.RejectionFact;
import org.ltcare.settlement.fee.RejectionReason;

/**
 * Reads what an institution's month of claim lines is computed from (rules.md §5): its admissions with days in the
 * month, each person's grade and conclusion date, enrolment, death, inpatient days, the days other submitted claims hold,
 * the agreement in force each day (its charge for the care type, or the days without one), and the service records
 * — absences for 专护/院护, verified visits for 家护/巡护. One {@link ClaimInputs} per admission with claimed days,
 * each failing day with the record behind it ({@link DayFacts}).
 */
@Stateless
public class ClaimGenerator {

    private static final List<CareType> ALL_TYPES = List.of(CareType.values());

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

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

    /**
     * Everything read here is only read: it is loaded read-only, so the flushes of the claim's own writes that
     * follow in the same transaction do not compare hundreds of admissions, persons and conclusions with their
     * snapshots (issue 23: that comparison was most of a generation's time).
     */
    public List<ClaimInputs> inputs(CareInstitution institution, YearMonth month, long claimId) {
        Session session = em.unwrap(Session.class);
        boolean readOnly = session.isDefaultReadOnly();
        session.setDefaultReadOnly(true);
        try {
            return read(institution, month, claimId);
        } finally {
            session.setDefaultReadOnly(readOnly);
        }
    }

    private List<ClaimInputs> read(CareInstitution institution, YearMonth month, long claimId) {
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
        Map<Long, EnrolmentDates> persons = insured.enrolmentDates(people);
        Map<Long, List<HospitalStay>> staysOf = stays.staysWithin(people, from, to);
        Map<Long, List<BedDayAbsence>> absencesOf = new HashMap<>();
        for (BedDayAbsence absence : bedDays.absencesOf(admissionIds, from, to)) {
            absencesOf.computeIfAbsent(absence.getAdmissionId(), k -> new ArrayList<>()).add(absence);
        }
        Map<Long, Map<LocalDate, VisitDay>> visitDays = visits.visitDays(admissionIds, from, to);
        Map<Long, List<ClaimLine>> elsewhere = new HashMap<>();
        for (ClaimLine other : claims.otherLinesOf(people, month, claimId)) {
            elsewhere.computeIfAbsent(other.getInsuredId(), k -> new ArrayList<>()).add(other);
        }
        Map<LocalDate, Optional<ServiceAgreement>> agreementOn = agreements.inForceByDay(institutionId, from, to);
        Map<Long, ConclusionGrade> conclusionOf = conclusions.gradesOf(admissions.stream()
                .map(CareAdmission::getConclusionId).toList());
        List<ClaimInputs> lines = new ArrayList<>();
        for (CareAdmission admission : admissions) {
            Map<LocalDate, VisitDay> visited = visitDays.getOrDefault(admission.getId(), Map.of());
            Set<LocalDate> claimed = claimedDays(admission, from, to, visited);
            if (claimed.isEmpty()) {
                continue;
            }
            ConclusionGrade conclusion = conclusionOf.get(admission.getConclusionId());
            EnrolmentDates person = persons.get(admission.getInsuredId());
            DayFacts facts = recordFacts(claimed, month, staysOf.getOrDefault(person.insuredId(), List.of()),
                    elsewhere.getOrDefault(person.insuredId(), List.of()), person, conclusion);
            serviceRecordFacts(admission, claimed, absencesOf.getOrDefault(admission.getId(), List.of()), visited,
                    facts);
            BigDecimal charge = null;
            for (LocalDate day : claimed) {
                Optional<ServiceAgreement.Line> line = agreementOn.get(day)
                        .flatMap(agreement -> agreement.lineFor(admission.getCareType()));
                if (line.isEmpty()) {
                    facts.add(RejectionReason.NO_AGREEMENT, day, RejectionFact.of(FactKind.NO_AGREEMENT, null));
                } else if (charge == null) {
                    charge = line.get().getDailyCharge();
                }
            }
            lines.add(new ClaimInputs(admission.getId(), admission.getInsuredId(), admission.getCareType(),
                    conclusion.grade(), institution.getHospitalLevel(), conclusion.concludedOn(),
                    charge == null ? BigDecimal.ZERO : charge, claimed, facts, person.diedOn(), null));
        }
        return lines;
    }

    /**
     * The person's records that fail a claimed day: the hospital stays (each inpatient day with its stay), the other
     * claims holding a day, the enrolment, and once for every day the conclusion and the date of death.
     */
    private static DayFacts recordFacts(Set<LocalDate> claimed, YearMonth month,
                                        List<HospitalStay> stays, List<ClaimLine> otherLines, EnrolmentDates person,
                                        ConclusionGrade conclusion) {
        DayFacts facts = new DayFacts();
        for (HospitalStay stay : stays) {
            facts.addAll(RejectionReason.INPATIENT_DAY,
                    stay.inpatientDays().daysWithin(month.atDay(1), month.atEndOfMonth()),
                    new RejectionFact(FactKind.HOSPITAL_STAY, stay.getId(), stay.getAdmittedOn(),
                            stay.getDischargedOn()));
        }
        for (ClaimLine other : otherLines) {
            facts.addAll(RejectionReason.DUPLICATE_DAY, other.claimedDaysIn(month),
                    RejectionFact.of(FactKind.OTHER_CLAIM, other.getClaimId()));
        }
        RejectionFact enrolment = new RejectionFact(FactKind.ENROLMENT, null, person.enrolledOn(),
                person.endedOn());
        claimed.stream().filter(day -> !person.wasEnrolledOn(day))
                .forEach(day -> facts.add(RejectionReason.NOT_ENROLLED, day, enrolment));
        RejectionFact concluded = new RejectionFact(FactKind.CONCLUSION, conclusion.id(),
                conclusion.concludedOn(), null);
        facts.forEveryDay(RejectionReason.NOT_ENTITLED_GRADE, concluded)
                .forEveryDay(RejectionReason.NO_VALID_CONCLUSION, concluded)
                .forEveryDay(RejectionReason.BEFORE_BENEFIT_START, concluded);
        if (person.diedOn() != null) {
            facts.forEveryDay(RejectionReason.AFTER_DEATH,
                    new RejectionFact(FactKind.DEATH, null, person.diedOn(), null));
        }
        return facts;
    }

    /** Absent days of bed-based care with their absence; for home care the days whose visits are all unverified. */
    private static void serviceRecordFacts(CareAdmission admission, Set<LocalDate> claimed,
                                           List<BedDayAbsence> absences, Map<LocalDate, VisitDay> visited,
                                           DayFacts facts) {
        if (admission.getCareType().isVisitBased()) {
            visited.forEach((day, visit) -> {
                if (claimed.contains(day) && !visit.verified()) {
                    facts.add(RejectionReason.NO_SERVICE_RECORD, day,
                            RejectionFact.of(FactKind.UNVERIFIED_VISIT, visit.unverifiedVisitId()));
                }
            });
            return;
        }
        absences.stream().filter(absence -> claimed.contains(absence.getAbsentOn()))
                .forEach(absence -> facts.add(RejectionReason.NO_SERVICE_RECORD, absence.getAbsentOn(),
                        RejectionFact.of(FactKind.ABSENCE, absence.getId())));
    }

    /** 专护/院护: every day of the admission in the month; 家护/巡护: the days with a visit. */
    private static Set<LocalDate> claimedDays(CareAdmission admission, LocalDate from, LocalDate to,
                                              Map<LocalDate, VisitDay> visitDays) {
        Set<LocalDate> claimed = new TreeSet<>();
        boolean home = admission.getCareType().isVisitBased();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (admission.coversDay(day) && (!home || visitDays.containsKey(day))) {
                claimed.add(day);
            }
        }
        return claimed;
    }
}
