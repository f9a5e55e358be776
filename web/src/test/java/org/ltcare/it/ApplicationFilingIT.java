package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ltcare.assessment.ApplicantRole;
import org.ltcare.assessment.ApplicationService;
import org.ltcare.assessment.ApplicationStatus;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.assessment.MaterialKind;
import org.ltcare.assessment.NewApplication;
import org.ltcare.assessment.NewMaterial;
import org.ltcare.assessment.ResidenceKind;
import org.ltcare.insured.IdNumber;
import org.ltcare.insured.InsuranceType;
import org.ltcare.insured.InsuredService;
import org.ltcare.insured.importing.InsuredRow;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.time.ClockProducer;
import org.ltcare.shared.calendar.CalendarService;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.UserAccountRepository;

/** Filing and accepting applications in the deployed application, against the real database and engine. */
class ApplicationFilingIT extends IntegrationTest {

    @Inject
    ApplicationService applications;

    @Inject
    InsuredService insured;

    @Inject
    UserAccountRepository accounts;

    @Inject
    TaskService tasks;

    @Inject
    CalendarService calendar;

    /**
     * The acceptance deadline counts working days from today; near a year's end it reaches into a year whose
     * holiday notice may not be out yet. The test database then gets that year as a fixture (no holidays), so
     * the test does not start failing on a date.
     */
    @BeforeEach
    void theCalendarCoversTheNextWeeks() {
        Actor admin = actor("admin");
        int nextYear = LocalDate.now(ClockProducer.ZONE).plusWeeks(6).getYear();
        if (calendar.years(admin).stream().noneMatch(y -> y.year() == nextYear)) {
            calendar.addYear(admin, nextYear, "测试用：无节假日");
        }
    }

    private Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }

    private String registerSomeone() {
        String idNumber = Insureds.freshIdNumber();
        insured.register(actor("reviewer"), new InsuredRow(1, IdNumber.parse(idNumber), "测试人", InsuranceType.RESIDENT,
                "370200", LocalDate.of(2020, 1, 1), null, null));
        return idNumber;
    }

    private NewApplication applicationFor(String idNumber, Long institutionId) {
        return new NewApplication(idNumber, ApplicantRole.SELF, "测试人", null, "13900001111",
                institutionId == null ? ResidenceKind.HOME : ResidenceKind.INSTITUTION,
                institutionId == null ? "市南区测试路1号" : null, institutionId,
                List.of(NewMaterial.seenOnPaper(MaterialKind.ID_DOCUMENT), NewMaterial.seenOnPaper(MaterialKind.DIAGNOSIS)));
    }

    @Test
    void filingStartsTheProcessWithTheAcceptanceTaskForAgencyReviewers() {
        AssessmentApplication filed = applications.file(actor("reviewer"), applicationFor(registerSomeone(), null));

        Task task = tasks.createTaskQuery().processInstanceId(filed.getProcessInstanceId()).singleResult();
        assertEquals("Task_ReviewApplication", task.getTaskDefinitionKey());
        assertNotNull(task.getDueDate(), "the acceptance task has a due date");
        List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).toList();
        assertEquals(List.of("AGENCY_REVIEWER"), groups);
        assertEquals(ApplicationStatus.SUBMITTED, filed.getStatus());
    }

    @Test
    void acceptingDispatchesTwoAssessorsForTheOnSiteAssessment() {
        AssessmentApplication filed = applications.file(actor("reviewer"), applicationFor(registerSomeone(), null));

        AssessmentApplication accepted = applications.accept(actor("reviewer"), filed.getId());

        assertEquals(ApplicationStatus.ACCEPTED, accepted.getStatus());
        assertEquals("reviewer", accepted.getDecidedByUsername());
        Task next = tasks.createTaskQuery().processInstanceId(filed.getProcessInstanceId()).singleResult();
        assertEquals("Task_OnSiteAssessment", next.getTaskDefinitionKey());
        assertNotNull(next.getDueDate(), "the on-site assessment is due within the rule set's working days");
        long candidates = tasks.getIdentityLinksForTask(next.getId()).stream()
                .filter(link -> "candidate".equals(link.getType()) && link.getUserId() != null).count();
        assertEquals(2, candidates, "both drawn assessors are offered the task");
    }

    @Test
    void aSecondOpenApplicationForThePersonIsRefused() {
        String idNumber = registerSomeone();
        applications.file(actor("reviewer"), applicationFor(idNumber, null));

        BusinessException refused = assertThrows(BusinessException.class,
                () -> applications.file(actor("nurse"), applicationFor(idNumber, null)));
        assertEquals("application.alreadyOpen", refused.messageKey());
    }

    @Test
    void anInstitutionCannotReadAnotherInstitutionsApplication() {
        Actor nurse = actor("nurse");
        AssessmentApplication own = applications.file(nurse,
                applicationFor(registerSomeone(), nurse.organisationId()));
        Actor hospital = actor("hospital");

        assertEquals(own.getId(), applications.find(nurse, own.getId()).getId());
        assertThrows(NotFoundException.class, () -> applications.find(hospital, own.getId()));
        boolean listed = applications.list(hospital, 0, 1000).stream().anyMatch(a -> a.getId().equals(own.getId()));
        assertEquals(false, listed, "another institution's application is not in the list");
    }

    @Test
    void aRefusalNeedsTextForTheGroundOther() {
        AssessmentApplication filed = applications.file(actor("reviewer"), applicationFor(registerSomeone(), null));

        BusinessException refused = assertThrows(BusinessException.class, () -> applications.refuse(
                actor("reviewer"), filed.getId(), org.ltcare.assessment.RefusalGround.OTHER, " "));
        assertEquals("application.refusal.textRequired", refused.messageKey());
        assertEquals(ApplicationStatus.SUBMITTED, applications.find(actor("reviewer"), filed.getId()).getStatus());
    }
}
