package org.ltcare.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ltcare.benefit.AdmissionService;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.benefit.CareChoice;
import org.ltcare.benefit.HospitalStayService;
import org.ltcare.benefit.MedicalIndication;
import org.ltcare.care.AbsenceReason;
import org.ltcare.care.BedDayService;
import org.ltcare.care.visit.Confirmation;
import org.ltcare.care.visit.HomeVisitService;
import org.ltcare.care.visit.VisitForm;
import org.ltcare.institution.AgreedCareType;
import org.ltcare.institution.AgreementService;
import org.ltcare.institution.AgreementTerms;
import org.ltcare.care.worker.CareWorker;
import org.ltcare.care.worker.CareWorkerService;
import org.ltcare.policy.RuleSetService;
import org.ltcare.policy.rules.CareType;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.settlement.claim.ClaimReviewService;
import org.ltcare.settlement.claim.ClaimService;
import org.ltcare.settlement.claim.LineDecision;
import org.ltcare.settlement.claim.LineReview;
import org.ltcare.settlement.claim.ReviewReason;
import org.ltcare.settlement.payout.PayoutBatch;
import org.ltcare.settlement.payout.PayoutService;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * Half a year of care and settlement in the demo city, so that every settlement page has something to show: nine
 * beneficiaries (four in 福寿园护理院's 院护, two in 市第一人民医院's 专护, three in 安心居家护理's 家护) in care for the
 * last six months, with absences, a hospital stay and home visits; the five earlier months claimed, reviewed (one
 * deduction), approved and paid cycle by cycle; last month's claims at each step — 福寿园 a draft to submit, 居家护理
 * waiting for its first review, 市第一人民医院 approved and waiting for a payout batch. Everything goes through the
 * services (each call its own transaction); only the dates are moved back ({@link DemoBackdating}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoCareHistory {

    static final int MONTHS = 6;
    private static final LocalDate AGREEMENTS_FROM = LocalDate.of(2025, 1, 1);

    @Inject
    private Clock clock;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private AgreementService agreements;

    @Inject
    private DemoAssessments assessments;

    @Inject
    private AdmissionService admissions;

    @Inject
    private DemoBackdating backdating;

    @Inject
    private BedDayService bedDays;

    @Inject
    private HospitalStayService stays;

    @Inject
    private HomeVisitService visits;

    @Inject
    private CareWorkerService workers;

    @Inject
    private ClaimService claims;

    @Inject
    private ClaimReviewService reviews;

    @Inject
    private PayoutService payouts;

    @Inject
    private RuleSetService ruleSets;

    /** Loads the history unless the demo nursing home already has people in care. */
    public void ensure() {
        Actor nurse = actor("nurse");
        if (backdating.hasAdmissions(nurse.organisationId())) {
            return;
        }
        Actor hospital = actor("hospital");
        Actor homeCare = actor("homecare");
        sign(nurse, CareType.RESIDENTIAL, 100, "110.00");
        sign(hospital, CareType.SPECIALIZED, 20, "260.00");
        sign(homeCare, CareType.HOME, 60, "70.00");

        YearMonth last = YearMonth.now(clock).minusMonths(1);
        LocalDate since = last.minusMonths(MONTHS - 1L).atDay(1);
        List<DemoPeople.Person> people = DemoPeople.inCare();
        List<CareAdmission> home = new ArrayList<>();
        List<CareAdmission> nursing = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            DemoPeople.Person person = people.get(i);
            Actor staff = i < 4 ? nurse : i < 6 ? hospital : homeCare;
            CareType type = i < 4 ? CareType.RESIDENTIAL : i < 6 ? CareType.SPECIALIZED : CareType.HOME;
            CareAdmission admitted = admitted(person, staff, type, since);
            if (type == CareType.HOME) {
                home.add(admitted);
            } else if (type == CareType.RESIDENTIAL) {
                nursing.add(admitted);
            }
        }
        records(nurse, homeCare, nursing, home, since, last);
        settle(List.of(nurse, hospital, homeCare), since, last);
    }

    private CareAdmission admitted(DemoPeople.Person person, Actor staff, CareType type, LocalDate since) {
        long applicationId = assessments.concluded(person);
        Set<MedicalIndication> indications = type == CareType.SPECIALIZED
                ? Set.of(MedicalIndication.TRACHEOSTOMY) : Set.of();
        CareAdmission requested = admissions.choose(actor("reviewer"), applicationId,
                new CareChoice(type, staff.organisationId(), indications));
        CareAdmission admitted = admissions.admit(staff, requested.getId(), LocalDate.now(clock),
                type == CareType.HOME ? 3 : null);
        backdating.inCareSince(admitted.getId(), admitted.getConclusionId(), since);
        return admitted;
    }

    /** Home leave and a hospital stay in the nursing home; visits three mornings a week at home. */
    private void records(Actor nurse, Actor homeCare, List<CareAdmission> nursing, List<CareAdmission> home,
                         LocalDate since, YearMonth last) {
        YearMonth leaveMonth = last.minusMonths(2);
        for (int day = 10; day <= 12; day++) {
            bedDays.markAbsent(nurse, nursing.get(1).getId(), leaveMonth.atDay(day), AbsenceReason.HOME_LEAVE,
                    "中秋回家");
        }
        YearMonth stayMonth = last.minusMonths(3);
        stays.record(actor("reviewer"), nursing.get(0).getInsuredId(), "青岛市市立医院", stayMonth.atDay(14),
                stayMonth.atDay(18), HospitalStayService.MANUAL);
        List<CareWorker> team = workers.ofInstitution(homeCare, homeCare.organisationId());
        for (int k = 0; k < home.size(); k++) {
            CareWorker worker = team.get(k % team.size());
            for (LocalDate day = since; !day.isAfter(last.atEndOfMonth()); day = day.plusDays(1)) {
                if (!visitDay(day, k)) {
                    continue;
                }
                // In the month before last, the third client's visits of the first week are too short to count.
                boolean tooShort = k == 2 && YearMonth.from(day).equals(last.minusMonths(1)) && day.getDayOfMonth() <= 7;
                int minutes = tooShort ? 20 : 60;
                var checkIn = day.atTime(8 + 2 * k, 0);
                visits.record(homeCare, home.get(k).getId(), new VisitForm(worker.getId(), checkIn,
                        checkIn.plusMinutes(minutes), null, null, null, Map.of("SH01", 1, "SH05", 1),
                        Confirmation.ONE_TIME_CODE, "家属", "2468", null, null));
            }
        }
    }

    private static boolean visitDay(LocalDate day, int person) {
        DayOfWeek weekday = day.getDayOfWeek();
        return person % 2 == 0
                ? weekday == DayOfWeek.MONDAY || weekday == DayOfWeek.WEDNESDAY || weekday == DayOfWeek.FRIDAY
                : weekday == DayOfWeek.TUESDAY || weekday == DayOfWeek.THURSDAY || weekday == DayOfWeek.SATURDAY;
    }

    /** The earlier months paid cycle by cycle; last month's claims each at another step. */
    private void settle(List<Actor> institutions, LocalDate since, YearMonth last) {
        Actor officer = actor("reviewer");
        for (YearMonth month = YearMonth.from(since); month.isBefore(last); month = month.plusMonths(1)) {
            for (Actor staff : institutions) {
                CareClaim claim = submitted(staff, month);
                approved(staff, claim, month.equals(last.minusMonths(3)) && staff.username().equals("homecare"));
                backdating.reviewedAfterSubmission(claim.getId(), month);
            }
            PayoutBatch batch = payouts.prepare(officer, month.plusMonths(1));
            payouts.run(officer, batch.getId());
            backdating.paidOn(batch.getId(), month.plusMonths(1).atDay(20).atTime(15, 0));
        }
        Actor nurse = institutions.get(0);
        Actor hospital = institutions.get(1);
        Actor homeCare = institutions.get(2);
        claims.generate(nurse, nurse.organisationId(), last);
        submitted(homeCare, last);
        approved(hospital, submitted(hospital, last), false);
    }

    /** Generated and submitted, moved back to the claim window of its month (its cycle is then this one's). */
    private CareClaim submitted(Actor staff, YearMonth month) {
        CareClaim claim = claims.submit(staff, claims.generate(staff, staff.organisationId(), month).getId());
        LocalDate submittedOn = month.plusMonths(1).atDay(5);
        backdating.submittedInItsCycle(claim.getId(), month, claims.payoutDue(submittedOn,
                ruleSets.inForce(DemoData.REGION, submittedOn).content().settlement()));
        return claim;
    }

    /** Both reviews — the first accepts every line, or deducts from the first one for an incomplete record. */
    private void approved(Actor staff, CareClaim claim, boolean deduct) {
        List<LineDecision> decisions = deduct
                ? List.of(new LineDecision(claims.lines(staff, claim.getId()).get(0).getId(), LineReview.DEDUCTED,
                        new BigDecimal("35.00"), ReviewReason.RECORD_INCOMPLETE, null))
                : List.of();
        reviews.firstReview(actor("reviewer"), claim.getId(), decisions);
        reviews.secondReview(actor("reviewer2"), claim.getId());
        reviews.approve(actor("approver"), claim.getId());
    }

    private void sign(Actor staff, CareType type, int places, String charge) {
        agreements.sign(actor("approver"), staff.organisationId(), new AgreementTerms(List.of(
                new AgreedCareType(type, places, new BigDecimal(charge))), AGREEMENTS_FROM,
                AGREEMENTS_FROM.plusYears(3).minusDays(1)));
    }

    private Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }
}
