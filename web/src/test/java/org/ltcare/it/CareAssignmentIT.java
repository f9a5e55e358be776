package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.assessment.AssessmentConclusion;
import org.ltcare.assessment.ConclusionRepository;
import org.ltcare.benefit.AdmissionDays;
import org.ltcare.benefit.AdmissionLine;
import org.ltcare.benefit.AdmissionQueries;
import org.ltcare.benefit.AdmissionService;
import org.ltcare.benefit.AdmissionStatus;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.benefit.CareChoice;
import org.ltcare.benefit.CareDaysService;
import org.ltcare.benefit.CareOption;
import org.ltcare.benefit.EndReason;
import org.ltcare.benefit.HospitalStay;
import org.ltcare.benefit.HospitalStayService;
import org.ltcare.benefit.MedicalIndication;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.institution.SanctionForm;
import org.ltcare.institution.SanctionKind;
import org.ltcare.institution.SanctionService;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.time.ClockProducer;

/**
 * Care assignment in the deployed application, each test in an assessment world of its own (SD-2025: grades 3–5
 * entitled, benefit from the 1st of the month after the conclusion, 专护 from level-2 hospitals).
 */
class CareAssignmentIT extends IntegrationTest {

    @Inject
    CareWorld care;

    @Inject
    AdmissionService admissions;

    @Inject
    AdmissionQueries queries;

    @Inject
    ConclusionRepository conclusions;

    @Inject
    SanctionService sanctions;

    @Inject
    org.ltcare.institution.AgreementService agreements;

    @Inject
    HospitalStayService stays;

    @Inject
    CareDaysService careDays;

    @Resource
    ManagedExecutorService executor;

    private static final LocalDate TODAY = LocalDate.now(ClockProducer.ZONE);

    @Test
    void anEntitledPersonIsOfferedWhatTheRulesAllowAndTheInstitutionAdmits() {
        AssessmentWorld.World world = care.world();
        CareInstitution home = care.contracted(world, InstitutionKind.NURSING_HOME, null, CareType.RESIDENTIAL, 2);
        CareInstitution hospital = care.contracted(world, InstitutionKind.HOSPITAL, 2, CareType.SPECIALIZED, 5);
        AssessmentApplication application = care.concluded(world, Scores.grade3());
        AssessmentConclusion conclusion = conclusions.ofApplication(application.getId()).get(0);
        assertTrue(admissions.awaitsChoice(application.getInsured().getId()));

        List<CareOption> residential = admissions.options(world.reviewer(), application.getId(), CareType.RESIDENTIAL,
                Set.of());
        assertEquals(List.of(home.getId()), residential.stream().filter(CareOption::offered)
                .map(CareOption::institutionId).toList());
        assertEquals("Rule_Residential", residential.get(0).rule().id(), "offered by the table's residential rule");
        List<CareOption> hospitals = admissions.options(world.reviewer(), application.getId(),
                CareType.SPECIALIZED, Set.of(MedicalIndication.TRACHEOSTOMY));
        assertTrue(hospitals.stream().noneMatch(CareOption::offered), "专护 needs grade 4: the hospital is not offered");
        CareOption refused = hospitals.stream().filter(o -> o.institutionId() == hospital.getId()).findFirst()
                .orElseThrow();
        assertEquals("care.eligibility.SPECIALIZED_GRADE", refused.refusal().messageKey(), "and says why");
        assertEquals("Rule_SpecializedGrade", refused.rule().id());
        assertEquals(2, refused.rule().row(), "the table's second row");
        assertEquals("专护须失能等级 4 级及以上", refused.rule().description());
        ValidationException specialized = assertThrows(ValidationException.class, () -> admissions.choose(
                world.reviewer(), application.getId(), new CareChoice(CareType.SPECIALIZED, hospital.getId(),
                        Set.of(MedicalIndication.TRACHEOSTOMY))));
        assertEquals("care.eligibility.SPECIALIZED_GRADE", specialized.errors().get(0).messageKey());

        CareAdmission requested = admissions.choose(world.reviewer(), application.getId(),
                new CareChoice(CareType.RESIDENTIAL, home.getId(), Set.of()));
        assertEquals(AdmissionStatus.REQUESTED, requested.getStatus());
        assertThrows(NotFoundException.class, () -> admissions.admit(care.staffOf(hospital), requested.getId(), TODAY, null));
        CareAdmission admitted = admissions.admit(care.staffOf(home), requested.getId(), TODAY, null);

        assertEquals(AdmissionStatus.ADMITTED, admitted.getStatus());
        assertEquals(conclusion.getBenefitFrom(), admitted.getStartsOn(), "the later of admission and benefit start");
        assertEquals(1, admissions.options(world.reviewer(), application.getId(), CareType.RESIDENTIAL, Set.of()).size());
        List<AdmissionLine> lines = queries.linesOf(care.staffOf(home), home.getId(), AdmissionStatus.ADMITTED);
        assertEquals(1, lines.size());
        assertThrows(org.ltcare.shared.security.AccessDeniedException.class, () -> queries.linesOf(
                care.staffOf(hospital), home.getId(), AdmissionStatus.ADMITTED));
        AdmissionLine line = lines.get(0);
        assertEquals(List.of(admitted.getId(), 3, application.getInsured().getName()),
                List.of(line.admission().getId(), line.grade(), line.name()), "the line names the person and grade");
        assertTrue(line.idNumber().contains("*"), "masked for the institution: " + line.idNumber());
        assertEquals(Map.of(CareType.RESIDENTIAL, Map.of(3, 1L)), queries.overview(world.reviewer(),
                admitted.getStartsOn()), "the overview counts the region's people in care by type and grade");
        assertEquals(Map.of(), queries.overview(world.reviewer(), admitted.getStartsOn().minusDays(1)));
        assertTrue(admissions.mayRequestChange(application.getInsured().getId()));
        Exception overlapping = assertThrows(Exception.class, () -> care.insertOverlappingPeriod(admitted));
        assertTrue(rootMessage(overlapping).contains("share a day"), rootMessage(overlapping));
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }

    @Test
    void specialisedCareNeedsGradeFourAndAMedicalIndication() {
        AssessmentWorld.World world = care.world();
        CareInstitution hospital = care.contracted(world, InstitutionKind.HOSPITAL, 2, CareType.SPECIALIZED, 5);
        AssessmentApplication application = care.concluded(world, Scores.grade5());

        ValidationException noIndication = assertThrows(ValidationException.class, () -> admissions.choose(
                world.reviewer(), application.getId(), new CareChoice(CareType.SPECIALIZED, hospital.getId(), Set.of())));
        assertEquals("care.eligibility.SPECIALIZED_INDICATION", noIndication.errors().get(0).messageKey());

        CareAdmission requested = admissions.choose(world.reviewer(), application.getId(), new CareChoice(
                CareType.SPECIALIZED, hospital.getId(), Set.of(MedicalIndication.PRESSURE_INJURY_3_4)));
        assertEquals(Set.of(MedicalIndication.PRESSURE_INJURY_3_4), requested.getIndications());
    }

    @Test
    void anInstitutionUnderAStopOnAdmissionsIsNotOfferedAndRefusedWithTheSanctionsReason() {
        AssessmentWorld.World world = care.world();
        CareInstitution home = care.contracted(world, InstitutionKind.NURSING_HOME, null, CareType.RESIDENTIAL, 5);
        AssessmentApplication application = care.concluded(world, Scores.grade3());
        sanctions.issue(care.approver(), home.getId(), new SanctionForm(SanctionKind.SUSPEND_ADMISSIONS, "虚构护理记录",
                "青医保停〔2027〕2号", TODAY, null));

        List<CareOption> options = admissions.options(world.reviewer(), application.getId(), CareType.RESIDENTIAL,
                Set.of());
        assertEquals(List.of(home.getId()), options.stream().map(CareOption::institutionId).toList());
        assertTrue(!options.get(0).offered(), "listed, not offered");
        assertEquals("care.admissionsSuspended", options.get(0).refusal().messageKey());
        assertEquals(List.of("虚构护理记录", "青医保停〔2027〕2号"), options.get(0).refusal().arguments(),
                "with the sanction's reason and document");
        BusinessException refused = assertThrows(BusinessException.class, () -> admissions.choose(world.reviewer(),
                application.getId(), new CareChoice(CareType.RESIDENTIAL, home.getId(), Set.of())));
        assertEquals("care.admissionsSuspended", refused.messageKey());
        assertEquals("虚构护理记录", refused.arguments().get(0));
    }

    @Test
    void aDeclinedRequestGoesBackToTheChoice() {
        AssessmentWorld.World world = care.world();
        CareInstitution first = care.contracted(world, InstitutionKind.NURSING_HOME, null, CareType.RESIDENTIAL, 5);
        CareInstitution second = care.contracted(world, InstitutionKind.HOME_CARE_AGENCY, null, CareType.HOME, 5);
        AssessmentApplication application = care.concluded(world, Scores.grade3());
        CareAdmission requested = admissions.choose(world.reviewer(), application.getId(),
                new CareChoice(CareType.RESIDENTIAL, first.getId(), Set.of()));

        ValidationException noReason = assertThrows(ValidationException.class,
                () -> admissions.decline(care.staffOf(first), requested.getId(), " "));
        assertEquals("declineReason", noReason.errors().get(0).field());
        admissions.decline(care.staffOf(first), requested.getId(), "护理区床位检修");

        assertTrue(admissions.awaitsChoice(application.getInsured().getId()));
        CareAdmission again = admissions.choose(world.reviewer(), application.getId(),
                new CareChoice(CareType.HOME, second.getId(), Set.of()));
        ValidationException noPlan = assertThrows(ValidationException.class,
                () -> admissions.admit(care.staffOf(second), again.getId(), TODAY, null));
        assertEquals("visitsPerWeek", noPlan.errors().get(0).field());
        assertEquals(3, admissions.admit(care.staffOf(second), again.getId(), TODAY, 3).getVisitsPerWeek());
    }

    @Test
    void twoAdmissionsRacingForTheLastPlaceExactlyOneWins() throws Exception {
        AssessmentWorld.World world = care.world();
        CareInstitution home = care.contracted(world, InstitutionKind.NURSING_HOME, null, CareType.RESIDENTIAL, 1);
        List<CareAdmission> requests = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            AssessmentApplication application = care.concluded(world, Scores.grade3());
            requests.add(admissions.choose(world.reviewer(), application.getId(),
                    new CareChoice(CareType.RESIDENTIAL, home.getId(), Set.of())));
        }
        Actor staff = care.staffOf(home);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CareAdmission>> racing = new ArrayList<>();
        for (CareAdmission request : requests) {
            Callable<CareAdmission> admit = () -> {
                start.await();
                return admissions.admit(staff, request.getId(), TODAY, null);
            };
            racing.add(executor.submit(admit));
        }
        start.countDown();

        int admitted = 0;
        int refused = 0;
        for (Future<CareAdmission> outcome : racing) {
            try {
                outcome.get();
                admitted++;
            } catch (ExecutionException e) {
                assertTrue(e.getCause() instanceof BusinessException, String.valueOf(e.getCause()));
                assertEquals("care.noPlace", ((BusinessException) e.getCause()).messageKey());
                refused++;
            }
        }
        assertEquals(1, admitted);
        assertEquals(1, refused);
    }

    @Test
    void aChangeTakesEffectOnTheFirstOfTheNextMonthAfterTheNewInstitutionConfirms() {
        AssessmentWorld.World world = care.world();
        CareInstitution home = care.contracted(world, InstitutionKind.NURSING_HOME, null, CareType.RESIDENTIAL, 5);
        CareInstitution agency = care.contracted(world, InstitutionKind.HOME_CARE_AGENCY, null, CareType.HOME, 5);
        AssessmentApplication application = care.concluded(world, Scores.grade3());
        CareAdmission first = CareAdmissions.inResidentialCare(admissions, care, world, home, application);

        CareAdmission change = admissions.requestChange(world.reviewer(), first.getId(),
                new CareChoice(CareType.HOME, agency.getId(), Set.of()));
        assertNull(queries.find(world.reviewer(), first.getId()).getEndsOn(), "nothing ends before the confirmation");
        CareAdmission moved = admissions.admit(care.staffOf(agency), change.getId(), TODAY, 5);

        LocalDate firstOfNextMonth = TODAY.withDayOfMonth(1).plusMonths(1);
        LocalDate expectedStart = moved.getStartsOn();
        assertTrue(!expectedStart.isBefore(firstOfNextMonth) && expectedStart.getDayOfMonth() == 1, expectedStart.toString());
        CareAdmission old = queries.find(world.reviewer(), first.getId());
        assertEquals(expectedStart.minusDays(1), old.getEndsOn());
        assertEquals(EndReason.CHANGE, old.getEndReason());
        assertTrue(admissions.mayRequestChange(application.getInsured().getId()));
    }

    @Test
    void aHospitalStaySuspendsTheCareDaysItCovers() {
        AssessmentWorld.World world = care.world();
        CareInstitution home = care.contracted(world, InstitutionKind.NURSING_HOME, null, CareType.RESIDENTIAL, 5);
        AssessmentApplication application = care.concluded(world, Scores.grade3());
        CareAdmission admitted = CareAdmissions.inResidentialCare(admissions, care, world, home, application);
        long insuredId = application.getInsured().getId();
        LocalDate from = admitted.getStartsOn();
        LocalDate to = from.withDayOfMonth(from.lengthOfMonth());

        HospitalStay stay = stays.record(HospitalStayService.FEED, insuredId, "市立医院", TODAY, null, "HIS");
        AdmissionDays whileInHospital = careDays.billableDays(insuredId, from, to).get(0);
        assertEquals(admitted.getId(), whileInHospital.admissionId());
        assertEquals(0, whileInHospital.billableDays(), "an open stay suspends to the end of the period");
        assertThrows(ValidationException.class, () -> stays.record(world.reviewer(), insuredId, "另一医院", TODAY,
                null, HospitalStayService.MANUAL));

        stays.discharge(HospitalStayService.FEED, stay.getId(), TODAY);
        assertEquals(from.lengthOfMonth() - from.getDayOfMonth() + 1,
                careDays.billableDays(insuredId, from, to).get(0).billableDays());
    }

    @Test
    void theResidentsOfAnInstitutionWhoseAgreementEndedAreListedForTransfer() {
        AssessmentWorld.World world = care.world();
        CareInstitution home = care.contracted(world, InstitutionKind.NURSING_HOME, null, CareType.RESIDENTIAL, 5);
        AssessmentApplication application = care.concluded(world, Scores.grade3());
        CareAdmission admitted = CareAdmissions.inResidentialCare(admissions, care, world, home, application);
        LocalDate terminatedOn = TODAY.plusDays(3);
        sanctions.issue(care.approver(), home.getId(), new SanctionForm(SanctionKind.TERMINATION, "套取基金",
                "青医保解〔2027〕1号", terminatedOn, null));

        assertTrue(agreements.endedWithin(care.approver(), 90).stream()
                .anyMatch(agreement -> agreement.getInstitutionId() == home.getId()));
        assertEquals(List.of(admitted.getId()), queries.inCareFrom(care.approver(), home.getId(), terminatedOn)
                .stream().map(line -> line.admission().getId()).toList());
    }
}
