package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.ltcare.institution.AgreedCareType;
import org.ltcare.institution.AgreementService;
import org.ltcare.institution.AgreementTerms;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.institution.Sanction;
import org.ltcare.institution.SanctionForm;
import org.ltcare.institution.SanctionKind;
import org.ltcare.institution.SanctionService;
import org.ltcare.institution.ServiceAgreement;
import org.ltcare.institution.agreement.AgreementDocumentService;
import org.ltcare.institution.contracting.ChecklistItem;
import org.ltcare.institution.contracting.ContractingApplication;
import org.ltcare.institution.contracting.ContractingApplication.EvaluationManner;
import org.ltcare.institution.contracting.ContractingDocument;
import org.ltcare.institution.contracting.ContractingDocumentService;
import org.ltcare.institution.contracting.DocumentFile;
import org.ltcare.institution.contracting.ContractingKind;
import org.ltcare.institution.contracting.ContractingService;
import org.ltcare.institution.contracting.ContractingStatus;
import org.ltcare.institution.evaluation.EvaluationItem;
import org.ltcare.institution.evaluation.ScoreSheet;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.calendar.WorkingDayCalendar;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.UserAccountRepository;
import org.ltcare.shared.time.ClockProducer;

/**
 * Contracting in the deployed application, on the real engine and database, each test with an institution of its
 * own (rule set SD-2025: pass mark 60, 10 working days to correct, 5 of notice, 3 years, renewal 90 days ahead).
 * Timers are fired by executing their jobs.
 */
class ContractingIT extends IntegrationTest {

    @Inject
    ContractingService contracting;

    @Inject
    org.ltcare.institution.contracting.ContractingLifecycle lifecycle;

    @Inject
    AgreementService agreements;

    @Inject
    AgreementDocumentService documents;

    @Inject
    Institutions fixtures;

    @Inject
    SanctionService sanctions;

    @Inject
    ContractingDocumentService handedIn;

    @Inject
    UserAccountRepository accounts;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    ManagementService management;

    @Inject
    RuntimeService runtime;

    private Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }

    @Test
    void anInstitutionAppliesAndIsReviewedEvaluatedNoticedAndSigned() {
        CareInstitution home = fixtures.readyToApply(InstitutionKind.NURSING_HOME, null);
        ContractingApplication application = contracting.submit(fixtures.adminOf(home), home.getId(),
                List.of(residential(30, "80.00")));
        assertEquals(ContractingStatus.DOCUMENT_REVIEW, application.getStatus());
        assertTrue(application.getNumber().startsWith("DD-370200-"));

        contracting.review(actor("reviewer"), application.getId(), Set.of(), null);
        ContractingApplication evaluated = contracting.evaluate(actor("reviewer"), application.getId(),
                EvaluationManner.ON_SITE, sheet(60), "设施完善");
        assertEquals(ContractingStatus.PUBLIC_NOTICE, evaluated.getStatus(), "the pass mark itself passes");
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        assertEquals(calendar.addWorkingDays(today, 5), evaluated.getNoticeUntil());
        assertEquals(after(evaluated.getNoticeUntil()), timer(evaluated, "Timer_NoticeEnds").getDuedate());
        assertTrue(lifecycle.publicNotice().stream().anyMatch(line -> line.institutionName().equals(home.getName())
                && line.careTypes().equals("院护 30") && line.until().equals(evaluated.getNoticeUntil())));

        LocalDate from = today.plusDays(1);
        AgreementTerms terms = new AgreementTerms(List.of(residential(30, "80.00")), from, from.plusYears(3).minusDays(1));
        BusinessException early = assertThrows(BusinessException.class,
                () -> contracting.sign(actor("approver"), application.getId(), terms));
        assertEquals("contracting.noticeNotOver", early.messageKey());

        management.executeJob(timer(evaluated, "Timer_NoticeEnds").getId());
        assertThrows(AccessDeniedException.class, () -> contracting.sign(actor("reviewer"), application.getId(), terms));
        ServiceAgreement agreement = contracting.sign(actor("approver"), application.getId(), terms);

        ContractingApplication signed = contracting.find(actor("reviewer"), application.getId());
        assertEquals(ContractingStatus.SIGNED, signed.getStatus());
        assertTrue(lifecycle.publicNotice().stream().noneMatch(line -> line.institutionName().equals(home.getName())),
                "a signed institution is no longer under notice");
        assertEquals(agreement.getId(), signed.getAgreementId());
        assertTrue(agreements.inForce(home.getId(), from).isPresent());
        assertEquals(at(agreement.getValidUntil().plusDays(1).minusDays(90)),
                timer(signed, "Timer_RenewalStarts").getDuedate());
        byte[] pdf = documents.pdf(fixtures.adminOf(home), agreement.getId()).content();
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void aReturnedApplicationIsCorrectedInTimeOrLapsesAtTheDeadline() {
        CareInstitution home = fixtures.readyToApply(InstitutionKind.NURSING_HOME, null);
        Actor admin = fixtures.adminOf(home);
        ContractingApplication application = contracting.submit(admin, home.getId(), List.of(residential(20, "70.00")));

        ValidationException noReason = assertThrows(ValidationException.class, () -> contracting.review(
                actor("reviewer"), application.getId(), Set.of(ChecklistItem.FINANCE), " "));
        assertEquals("reason", noReason.errors().get(0).field());
        ContractingApplication returned = contracting.review(actor("reviewer"), application.getId(),
                Set.of(ChecklistItem.FINANCE, ChecklistItem.SOCIAL_INSURANCE), "缺财务制度与社保缴费证明");
        assertEquals(ContractingStatus.RETURNED, returned.getStatus());
        assertEquals(Set.of(ChecklistItem.FINANCE, ChecklistItem.SOCIAL_INSURANCE), returned.getMissing());
        LocalDate due = calendar.addWorkingDays(LocalDate.now(ClockProducer.ZONE), 10);
        assertEquals(due, returned.getCorrectionDue());
        assertEquals(after(due), timer(returned, "Timer_CorrectionLapses").getDuedate());

        ContractingApplication corrected = contracting.resubmit(admin, application.getId(),
                List.of(residential(25, "70.00")));
        assertEquals(ContractingStatus.DOCUMENT_REVIEW, corrected.getStatus());
        assertEquals(25, corrected.getCareTypes().get(0).getPlaces());
        assertTrue(contracting.isWaitingFor(corrected, "Task_DocumentReview"));

        ContractingApplication again = contracting.review(actor("reviewer"), application.getId(),
                Set.of(ChecklistItem.CARE_STAFF), "护理人员花名册不全");
        assertEquals(2, again.getTimesReturned());
        management.executeJob(timer(again, "Timer_CorrectionLapses").getId());

        assertEquals(ContractingStatus.LAPSED, contracting.find(admin, application.getId()).getStatus());
        assertTrue(ended(again));
    }

    @Test
    void documentsAreHandedInWhileUnderReviewAndReadOnlyByThoseWhoSeeTheApplication() {
        CareInstitution home = fixtures.readyToApply(InstitutionKind.NURSING_HOME, null);
        CareInstitution other = fixtures.readyToApply(InstitutionKind.NURSING_HOME, null);
        Actor admin = fixtures.adminOf(home);
        ContractingApplication application = contracting.submit(admin, home.getId(), List.of(residential(20, "70.00")));
        byte[] scan = "%PDF-1.7 执业许可证".getBytes(StandardCharsets.UTF_8);

        ContractingDocument licence = handedIn.attach(admin, application.getId(), ChecklistItem.LICENCE,
                new DocumentFile("执业许可证.pdf", scan));
        ValidationException renamed = assertThrows(ValidationException.class, () -> handedIn.attach(admin,
                application.getId(), ChecklistItem.FINANCE, new DocumentFile("财务制度.pdf", "不是PDF".getBytes(
                        StandardCharsets.UTF_8))));
        assertEquals("file.wrongType", renamed.errors().get(0).messageKey());
        assertThrows(NotFoundException.class, () -> handedIn.attach(fixtures.adminOf(other), application.getId(),
                ChecklistItem.FINANCE, new DocumentFile("财务制度.pdf", scan)));
        assertThrows(NotFoundException.class, () -> handedIn.download(fixtures.adminOf(other), licence.getId()));

        assertEquals(1, handedIn.of(actor("reviewer"), application.getId()).size());
        assertArrayEquals(scan, handedIn.download(actor("reviewer"), licence.getId()).getContent());
        contracting.review(actor("reviewer"), application.getId(), Set.of(), null);
        assertThrows(AccessDeniedException.class, () -> handedIn.attach(admin, application.getId(),
                ChecklistItem.CARE_STAFF, new DocumentFile("花名册.pdf", scan)));
    }

    @Test
    void aScoreBelowThePassMarkEndsTheApplication() {
        CareInstitution home = fixtures.readyToApply(InstitutionKind.NURSING_HOME, null);
        ContractingApplication application = contracting.submit(actor("reviewer"), home.getId(),
                List.of(residential(20, "70.00")));
        contracting.review(actor("reviewer"), application.getId(), Set.of(), null);

        ContractingApplication failed = contracting.evaluate(actor("reviewer"), application.getId(),
                EvaluationManner.EXPERT, sheet(59), null);

        assertEquals(ContractingStatus.FAILED, failed.getStatus());
        assertEquals(59, failed.getEvaluationScore());
        assertNull(failed.getNoticeUntil());
        assertTrue(ended(failed));
    }

    @Test
    void badApplicationsAreRefusedWithReasonsAndNothingIsStored() {
        CareInstitution hospital = fixtures.readyToApply(InstitutionKind.HOSPITAL, 1);
        Actor admin = fixtures.adminOf(hospital);

        ValidationException refused = assertThrows(ValidationException.class, () -> contracting.submit(admin,
                hospital.getId(), List.of(new AgreedCareType(CareType.SPECIALIZED, 5, new BigDecimal("150.00")),
                        new AgreedCareType(CareType.RESIDENTIAL, 0, new BigDecimal("-1.00")))));
        assertEquals(List.of("agreement.specialized.levelTooLow", "agreement.places.notPositive",
                        "agreement.charge.negative"),
                refused.errors().stream().map(ValidationException.FieldError::messageKey).toList());
        CareInstitution unlicensed = fixtures.aNew(InstitutionKind.NURSING_HOME, null);
        ValidationException bare = assertThrows(ValidationException.class, () -> contracting.submit(
                actor("reviewer"), unlicensed.getId(), List.of(residential(10, "60.00"))));
        assertEquals(List.of("contracting.profile.creditCodeMissing", "contracting.licence.noneValid"),
                bare.errors().stream().map(ValidationException.FieldError::messageKey).toList());
        assertTrue(contracting.of(admin, hospital.getId()).isEmpty());

        contracting.submit(admin, hospital.getId(), List.of(residential(10, "60.00")));
        BusinessException twice = assertThrows(BusinessException.class,
                () -> contracting.submit(admin, hospital.getId(), List.of(residential(10, "60.00"))));
        assertEquals("contracting.alreadyOpen", twice.messageKey());
        assertEquals(1, contracting.of(admin, hospital.getId()).size());
    }

    @Test
    void anInstitutionSeesOnlyItsOwnApplications() {
        CareInstitution mine = fixtures.readyToApply(InstitutionKind.NURSING_HOME, null);
        CareInstitution theirs = fixtures.readyToApply(InstitutionKind.NURSING_HOME, null);
        ContractingApplication other = contracting.submit(fixtures.adminOf(theirs), theirs.getId(),
                List.of(residential(10, "60.00")));
        Actor admin = fixtures.adminOf(mine);

        assertThrows(NotFoundException.class, () -> contracting.find(admin, other.getId()));
        assertThrows(NotFoundException.class, () -> contracting.of(admin, theirs.getId()));
        assertThrows(AccessDeniedException.class, () -> contracting.submit(admin, theirs.getId(),
                List.of(residential(10, "60.00"))));
        assertThrows(AccessDeniedException.class, () -> contracting.queue(admin, List.of(), 0, 10));
        assertThrows(AccessDeniedException.class, () -> contracting.review(admin, other.getId(), Set.of(), null));
    }

    @Test
    void renewalStartsNinetyDaysAheadAndTheRenewedAgreementFollowsOn() {
        ContractingApplication signed = signedApplication();
        ServiceAgreement first = agreements.find(actor("approver"), signed.getAgreementId());

        management.executeJob(timer(signed, "Timer_RenewalStarts").getId());

        ContractingApplication renewal = contracting.of(actor("reviewer"), signed.getInstitutionId()).get(0);
        assertEquals(ContractingKind.RENEWAL, renewal.getKind());
        assertEquals(ContractingStatus.RENEWAL_REVIEW, renewal.getStatus());
        assertEquals(first.getId(), renewal.getRenewsAgreementId());
        assertEquals(30, renewal.getCareTypes().get(0).getPlaces(), "the current terms are the draft");
        assertEquals(String.valueOf(renewal.getId()), runtime.createProcessInstanceQuery()
                .processInstanceId(signed.getProcessInstanceId()).singleResult().getBusinessKey(),
                "task lists link to the renewal");
        LocalDate follows = first.getValidUntil().plusDays(1);
        ValidationException gap = assertThrows(ValidationException.class, () -> contracting.sign(actor("approver"),
                renewal.getId(), new AgreementTerms(List.of(residential(35, "85.00")), follows.plusDays(3),
                        follows.plusYears(3))));
        assertEquals("contracting.renewal.startsAfter", gap.errors().get(0).messageKey());

        ServiceAgreement second = contracting.sign(actor("approver"), renewal.getId(), new AgreementTerms(
                List.of(residential(35, "85.00")), follows, follows.plusYears(3).minusDays(1)));

        assertEquals(first.getId(), second.getRenewsAgreementId());
        assertEquals(at(second.getValidUntil().plusDays(1).minusDays(90)),
                timer(signed, "Timer_RenewalStarts").getDuedate(), "the renewed agreement waits for its own renewal");
    }

    @Test
    void anAgreementNotRenewedExpiresOnTheDayAfterItsLastDay() {
        ContractingApplication signed = signedApplication();
        management.executeJob(timer(signed, "Timer_RenewalStarts").getId());
        ContractingApplication renewal = contracting.of(actor("reviewer"), signed.getInstitutionId()).get(0);

        contracting.refuse(actor("approver"), renewal.getId(), "年度考核不合格");
        management.executeJob(timer(signed, "Timer_AgreementEnds").getId());

        assertEquals(ServiceAgreement.Status.EXPIRED,
                agreements.find(actor("approver"), signed.getAgreementId()).getStatus());
        assertEquals(ContractingStatus.REFUSED, contracting.find(actor("reviewer"), renewal.getId()).getStatus());
        assertTrue(ended(signed));
    }

    @Test
    void terminatingTheAgreementEndsItsWorkflowWithoutRenewal() {
        ContractingApplication signed = signedApplication();

        sanctions.issue(actor("approver"), signed.getInstitutionId(), new SanctionForm(SanctionKind.TERMINATION,
                "套取基金", "青医保处〔2027〕3号", LocalDate.now(ClockProducer.ZONE).plusDays(2), null));

        assertTrue(ended(signed));
        assertEquals(ServiceAgreement.Status.TERMINATED,
                agreements.find(actor("approver"), signed.getAgreementId()).getStatus());
    }

    @Test
    void aRectificationOrderIsCheckedAfterItsDeadlineUnlessLiftedBefore() {
        CareInstitution home = fixtures.readyToApply(InstitutionKind.NURSING_HOME, null);
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        Sanction order = sanctions.issue(actor("approver"), home.getId(), new SanctionForm(SanctionKind.RECTIFICATION,
                "护理记录不全", "青医保整〔2027〕5号", today, today.plusDays(30)));
        Job deadline = management.createJobQuery().processInstanceId(order.getProcessInstanceId())
                .activityId("Timer_RectificationDue").singleResult();
        assertEquals(after(today.plusDays(30)), deadline.getDuedate());
        BusinessException early = assertThrows(BusinessException.class, () -> sanctions.recordFollowUp(
                actor("approver"), order.getId(), Sanction.FollowUp.RECTIFIED, null));
        assertEquals("sanction.followUp.notDue", early.messageKey());

        management.executeJob(deadline.getId());
        assertTrue(sanctions.isFollowUpDue(sanctions.of(actor("approver"), home.getId()).get(0)));
        Sanction checked = sanctions.recordFollowUp(actor("approver"), order.getId(),
                Sanction.FollowUp.NOT_RECTIFIED, "仍未整改，拟暂停结算");
        assertEquals(Sanction.FollowUp.NOT_RECTIFIED, checked.getFollowUp());
        assertEquals(0, runtime.createProcessInstanceQuery().processInstanceId(order.getProcessInstanceId()).count());

        Sanction second = sanctions.issue(actor("approver"), home.getId(), new SanctionForm(SanctionKind.RECTIFICATION,
                "消防整改", "青医保整〔2027〕6号", today, today.plusDays(10)));
        sanctions.lift(actor("approver"), second.getId(), "已提前整改到位");
        assertEquals(0, runtime.createProcessInstanceQuery().processInstanceId(second.getProcessInstanceId()).count());
    }

    // ---- steps

    private ContractingApplication signedApplication() {
        CareInstitution home = fixtures.readyToApply(InstitutionKind.NURSING_HOME, null);
        ContractingApplication application = contracting.submit(fixtures.adminOf(home), home.getId(),
                List.of(residential(30, "80.00")));
        contracting.review(actor("reviewer"), application.getId(), Set.of(), null);
        ContractingApplication noticed = contracting.evaluate(actor("reviewer"), application.getId(),
                EvaluationManner.EXPERT, sheet(85), null);
        management.executeJob(timer(noticed, "Timer_NoticeEnds").getId());
        LocalDate from = LocalDate.now(ClockProducer.ZONE).plusDays(1);
        contracting.sign(actor("approver"), application.getId(), new AgreementTerms(List.of(residential(30, "80.00")),
                from, from.plusYears(3).minusDays(1)));
        return contracting.find(actor("reviewer"), application.getId());
    }

    static AgreedCareType residential(int places, String charge) {
        return new AgreedCareType(CareType.RESIDENTIAL, places, new BigDecimal(charge));
    }

    /** A sheet totalling {@code total}: every item full, the shortfall taken from care quality. */
    static ScoreSheet sheet(int total) {
        Map<EvaluationItem, Integer> points = new EnumMap<>(EvaluationItem.class);
        for (EvaluationItem item : EvaluationItem.values()) {
            points.put(item, item.maxPoints());
        }
        points.put(EvaluationItem.CARE_QUALITY, EvaluationItem.CARE_QUALITY.maxPoints() - (100 - total));
        if (points.get(EvaluationItem.CARE_QUALITY) < 0) {
            points.put(EvaluationItem.FACILITIES, 20 + points.get(EvaluationItem.CARE_QUALITY));
            points.put(EvaluationItem.CARE_QUALITY, 0);
        }
        return new ScoreSheet(points);
    }

    private Job timer(ContractingApplication application, String activityId) {
        Job job = management.createJobQuery().processInstanceId(application.getProcessInstanceId())
                .activityId(activityId).singleResult();
        assertNotNull(job, "timer " + activityId);
        return job;
    }

    private boolean ended(ContractingApplication application) {
        return runtime.createProcessInstanceQuery().processInstanceId(application.getProcessInstanceId())
                .count() == 0;
    }

    private static Date at(LocalDate day) {
        return Date.from(day.atStartOfDay(ClockProducer.ZONE).toInstant());
    }

    private static Date after(LocalDate lastDay) {
        return at(lastDay.plusDays(1));
    }
}
