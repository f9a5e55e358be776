package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.assessment.AssessmentConclusion;
import org.ltcare.assessment.CaseTimelineService;
import org.ltcare.assessment.ConclusionRepository;
import org.ltcare.benefit.AdmissionQueries;
import org.ltcare.benefit.AdmissionService;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.benefit.EndReason;
import org.ltcare.benefit.EntitlementService;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.insured.InsuredPerson;
import org.ltcare.insured.InsuredRepository;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.time.ClockProducer;

/**
 * How an entitlement in care ends (rules.md §3): the conclusion expires, a reassessment falls below the entitled
 * grades, the person dies, or their enrolment ends — each test in an assessment world of its own.
 */
class EntitlementEndIT extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ClockProducer.ZONE);

    @Inject
    CareWorld care;

    @Inject
    AdmissionService admissions;

    @Inject
    AdmissionQueries queries;

    @Inject
    EntitlementService entitlements;

    @Inject
    ConclusionRepository conclusions;

    @Inject
    CaseTimelineService timelines;

    @Inject
    InsuredRepository insureds;

    @Inject
    RuntimeService runtime;

    @Inject
    ManagementService management;

    /** A person of a world of their own, entitled (grade 3) and admitted to a nursing home today. */
    private record Resident(AssessmentWorld.World world, AssessmentApplication application, CareAdmission admitted) {
    }

    private Resident inCare() {
        AssessmentWorld.World world = care.world();
        CareInstitution home = care.contracted(world, InstitutionKind.NURSING_HOME, null, CareType.RESIDENTIAL, 5);
        AssessmentApplication application = care.concluded(world, Scores.grade3());
        return new Resident(world, application,
                CareAdmissions.inResidentialCare(admissions, care, world, home, application));
    }

    @Test
    void theConclusionsExpiryWithoutANewOneEndsTheEntitlementOnItsLastValidDay() {
        Resident resident = inCare();
        AssessmentWorld.World world = resident.world();
        AssessmentApplication application = resident.application();
        CareAdmission admitted = resident.admitted();
        AssessmentConclusion conclusion = conclusions.ofApplication(application.getId()).get(0);
        var care = runtime.createProcessInstanceQuery().processDefinitionKey("care-assignment")
                .variableValueEquals("insuredId", application.getInsured().getId()).singleResult();
        var expiry = management.createJobQuery().processInstanceId(care.getId())
                .activityId("Timer_ConclusionExpires").singleResult();
        assertEquals(java.util.Date.from(conclusion.getValidThrough().plusDays(1).atStartOfDay(ClockProducer.ZONE)
                .toInstant()), expiry.getDuedate());

        management.executeJob(expiry.getId());

        CareAdmission ended = queries.find(world.reviewer(), admitted.getId());
        assertEquals(conclusion.getValidThrough(), ended.getEndsOn());
        assertEquals(EndReason.CONCLUSION_EXPIRED, ended.getEndReason());
        assertEquals(0, runtime.createProcessInstanceQuery().processInstanceId(care.getId()).count());
    }

    @Test
    void aReassessmentBelowTheEntitledGradesEndsTheEntitlementTheDayBeforeItsConclusion() {
        Resident resident = inCare();
        AssessmentWorld.World world = resident.world();
        AssessmentApplication application = resident.application();
        CareAdmission admitted = resident.admitted();

        care.reassessedOnOrder(world, application, Scores.grade0());

        CareAdmission ended = queries.find(world.reviewer(), admitted.getId());
        assertEquals(EndReason.GRADE_BELOW, ended.getEndReason());
        assertEquals(admitted.getStartsOn().minusDays(1), ended.getEndsOn(),
                "concluded today, before the benefit started: no days");
        assertFalse(admissions.awaitsChoice(application.getInsured().getId()));
    }

    @Test
    void deathEndsTheEntitlementTheDayBeforeAndStopsTheWorkflow() {
        Resident resident = inCare();
        AssessmentWorld.World world = resident.world();
        AssessmentApplication application = resident.application();
        CareAdmission admitted = resident.admitted();
        long insuredId = application.getInsured().getId();

        assertThrows(ValidationException.class, () -> entitlements.recordDeath(world.reviewer(), insuredId,
                TODAY.plusDays(1)));
        LocalDate diedOn = admitted.getStartsOn().plusDays(10).isAfter(TODAY) ? TODAY : admitted.getStartsOn().plusDays(10);
        entitlements.recordDeath(world.reviewer(), insuredId, diedOn);

        CareAdmission ended = queries.find(world.reviewer(), admitted.getId());
        assertEquals(EndReason.DEATH, ended.getEndReason());
        LocalDate lastDay = diedOn.minusDays(1).isBefore(admitted.getStartsOn()) ? admitted.getStartsOn().minusDays(1)
                : diedOn.minusDays(1);
        assertEquals(lastDay, ended.getEndsOn());
        assertFalse(ended.coversDay(diedOn));
        assertEquals(0, runtime.createProcessInstanceQuery().processDefinitionKey("care-assignment")
                .variableValueEquals("insuredId", insuredId).count());
        List<String> careSteps = timelines.of(world.reviewer(), application.getId()).stream()
                .filter(step -> step.entityType().equals("CareAdmission")).map(step -> step.action()).toList();
        assertEquals(List.of("REQUEST_ADMISSION", "ADMIT", "END_ADMISSION"), careSteps, "the case timeline shows it");
    }

    @Test
    void lossOfEnrolmentEndsTheBenefitOnTheLastEnrolledDayAndIsKeptOnThePerson() {
        Resident resident = inCare();
        AssessmentWorld.World world = resident.world();
        AssessmentApplication application = resident.application();
        CareAdmission admitted = resident.admitted();
        InsuredPerson person = application.getInsured();

        assertThrows(ValidationException.class, () -> entitlements.recordEnrolmentEnded(world.reviewer(),
                person.getId(), person.getEnrolledOn().minusDays(1)));
        LocalDate lastDay = admitted.getStartsOn().plusDays(5);
        entitlements.recordEnrolmentEnded(world.reviewer(), person.getId(), lastDay);

        CareAdmission ended = queries.find(world.reviewer(), admitted.getId());
        assertEquals(EndReason.ENROLMENT_ENDED, ended.getEndReason());
        assertEquals(lastDay, ended.getEndsOn());
        InsuredPerson after = insureds.find(person.getId()).orElseThrow();
        assertEquals(lastDay, after.getEnrolmentEndedOn());
        assertTrue(after.wasEnrolledOn(lastDay));
        assertFalse(after.wasEnrolledOn(lastDay.plusDays(1)), "a claimed day after it is NOT_ENROLLED");
    }
}
