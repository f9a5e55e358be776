package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.ltcare.assessment.ApplicationService;
import org.ltcare.assessment.ApplicationStatus;
import org.ltcare.assessment.Assessment;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.assessment.AssessmentConclusion;
import org.ltcare.assessment.AssessmentPurpose;
import org.ltcare.assessment.AssessmentRepository;
import org.ltcare.assessment.AssessmentStatus;
import org.ltcare.assessment.Assessor;
import org.ltcare.assessment.ConclusionDocumentService;
import org.ltcare.assessment.ConclusionRepository;
import org.ltcare.assessment.DispatchService;
import org.ltcare.assessment.ExpertReviewService;
import org.ltcare.assessment.FeePayer;
import org.ltcare.assessment.NoticeRepository;
import org.ltcare.assessment.ObjectionForm;
import org.ltcare.assessment.ObjectionService;
import org.ltcare.assessment.OnSiteAssessmentService;
import org.ltcare.assessment.OnSiteVisit;
import org.ltcare.assessment.PublicNotice;
import org.ltcare.assessment.PhotoService;
import org.ltcare.assessment.PublicNoticeService;
import org.ltcare.assessment.ReassessmentService;
import org.ltcare.assessment.scale.GradeCalculator;
import org.ltcare.assessment.scale.InvalidScoresException;
import org.ltcare.policy.RuleSetService;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.calendar.WorkingDayCalendar;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.time.ClockProducer;

/**
 * A case from the accepted application to its conclusion in the deployed application: the assessors' entry and
 * confirmation, expert review, the public notice closed by its timer (driven, not waited for), objections and
 * the re-assessment with its fee rule, and the refusals of bad input.
 */
class AssessmentFlowIT extends IntegrationTest {

    /** The smallest PNG there is: one transparent pixel. */
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @Inject
    AssessmentWorld worlds;

    @Inject
    AssessmentRepository assessments;

    @Inject
    OnSiteAssessmentService onSite;

    @Inject
    ExpertReviewService review;

    @Inject
    PublicNoticeService notices;

    @Inject
    NoticeRepository noticeRepository;

    @Inject
    ObjectionService objections;

    @Inject
    ConclusionRepository conclusions;

    @Inject
    ApplicationService applications;

    @Inject
    DispatchService dispatch;

    @Inject
    RuleSetService ruleSets;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    ConclusionDocumentService documents;

    @Inject
    ReassessmentService reassessments;

    @Inject
    PhotoService photos;

    @Inject
    ManagementService management;

    @Inject
    RuntimeService runtime;

    @Test
    void theStoredGradeIsTheRecomputedOneAndTheNoticeClosesAfterFiveWorkingDaysIntoAConclusion() {
        AssessmentWorld.World world = worlds.create(4);
        AssessmentApplication application = worlds.acceptedApplication(world, false);
        Assessment round = enterAndConfirm(world, application, Scores.grade3());

        Assessment stored = assessments.find(round.getId()).orElseThrow();
        var scale = ruleSets.inForce(world.region(), stored.visit().date()).content().scale();
        assertEquals(GradeCalculator.compute(scale, stored.itemScores()).grade().number(), stored.getGrade());
        assertEquals(3, stored.getGrade());
        assertEquals("SD-2025", stored.getRuleSetCode());

        review.approve(world.supervisor(), round.getId());

        PublicNotice notice = noticeRepository.openOf(application.getId(), false).orElseThrow();
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        assertEquals(today, notice.getStartsOn());
        assertEquals(fifthWorkingDayAfter(today), notice.getEndsOn());
        Job closing = timer(application, "Timer_NoticeEnds");
        assertEquals(Date.from(notice.getEndsOn().plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant()),
                closing.getDuedate(), "the timer fires at midnight after the notice's last day");

        management.executeJob(closing.getId());

        assertEquals(PublicNotice.Status.CLOSED, noticeRepository.find(notice.getId()).orElseThrow().getStatus());
        AssessmentConclusion conclusion = conclusions.ofApplication(application.getId()).get(0);
        assertEquals(AssessmentConclusion.Status.IN_FORCE, conclusion.getStatus());
        assertEquals(3, conclusion.getGrade());
        assertEquals(stored.itemScores(), conclusion.itemScores(), "the item scores are snapshotted");
        assertEquals("SD-2025", conclusion.getRuleSetCode());
        assertEquals(today.plusYears(2).minusDays(1), conclusion.getValidThrough());
        assertEquals(today.withDayOfMonth(1).plusMonths(1), conclusion.getBenefitFrom());
        assertEquals(ApplicationStatus.CONCLUDED, applications.find(world.reviewer(), application.getId()).getStatus());
        assertEquals(1, runtime.createEventSubscriptionQuery()
                .processInstanceId(application.getProcessInstanceId()).eventName("ApplicantObjection").count(),
                "the applicant may still object");

        String printed = PdfText.of(documents.pdf(world.reviewer(), conclusion.getId()).content());
        assertTrue(printed.contains(conclusion.getDocumentNumber()), "the document number is printed");
        assertTrue(printed.contains(application.getInsured().getName()), "the name is printed");
        assertTrue(printed.contains("重度失能"), "the grade's name is printed");
        String basis = printed.replaceAll("\\s", "");
        assertTrue(basis.contains("判定依据：认知与感知觉取较重者「") && basis.contains("」→" + conclusion.getGrade() + "级"),
                "how the levels gave the grade is printed: " + printed);
        assertTrue(printed.contains(CHINESE_DATE.format(conclusion.getValidThrough())), "the validity is printed");
        assertTrue(!printed.contains(application.getInsured().getIdNumber().value()), "the ID number is masked");

        BusinessException late = assertThrows(BusinessException.class,
                () -> notices.lodge(notice.getId(), new ObjectionForm("李明", "13900002222", "等级偏低")));
        assertEquals("objection.noticeClosed", late.messageKey());
    }

    @Test
    void badEntriesAreRefusedAndNothingIsStored() {
        AssessmentWorld.World world = worlds.create(4);
        AssessmentApplication application = worlds.acceptedApplication(world, false);
        Assessment round = assessments.latestOf(application.getId()).orElseThrow();
        Actor first = world.actorOf(round.getAssessorA());
        Map<String, Map<String, Integer>> missingOne = Scores.grade3();
        missingOne.get("adl").remove("bathing");
        Map<String, Map<String, Integer>> notAllowed = Scores.grade3();
        notAllowed.get("adl").put("eating", 7);

        InvalidScoresException missing = assertThrows(InvalidScoresException.class,
                () -> onSite.submit(first, round.getId(), missingOne, visit()));
        assertEquals(List.of("adl.bathing"), missing.problems().stream().map(p -> p.field()).toList());
        InvalidScoresException disallowed = assertThrows(InvalidScoresException.class,
                () -> onSite.saveDraft(first, round.getId(), notAllowed, visit()));
        assertEquals(List.of("adl.eating"), disallowed.problems().stream().map(p -> p.field()).toList());
        Actor outsider = world.assessorActors().values().stream()
                .filter(a -> !a.equals(first) && !a.equals(world.actorOf(round.getAssessorB()))).findFirst()
                .orElseThrow();
        assertThrows(AccessDeniedException.class,
                () -> onSite.saveDraft(outsider, round.getId(), Scores.grade3(), visit()));

        ValidationException notAnImage = assertThrows(ValidationException.class,
                () -> photos.add(first, round.getId(), "病历.pdf", new byte[] {1, 2, 3}));
        assertEquals("file.wrongType", notAnImage.errors().get(0).messageKey());
        assertThrows(NotFoundException.class, () -> photos.add(outsider, round.getId(), "床边.png", PNG),
                "an assessor of another round does not even see this one");
        photos.add(first, round.getId(), "床边.png", PNG);
        assertEquals(List.of("床边.png"), photos.of(world.supervisor(), round.getId()).stream()
                .map(p -> p.fileName()).toList(), "a good photo is stored and the supervisor sees it");

        Assessment untouched = assessments.find(round.getId()).orElseThrow();
        assertEquals(AssessmentStatus.DISPATCHED, untouched.getStatus());
        assertTrue(untouched.itemScores().isEmpty(), "no score was stored: " + untouched.itemScores());
        assertNull(untouched.getGrade());
    }

    @Test
    void anOverdueAssessmentIsEscalatedToTheSupervisorWhoRecordsTheFollowUp() {
        AssessmentWorld.World world = worlds.create(4);
        AssessmentApplication application = worlds.acceptedApplication(world, false);
        Assessment round = assessments.latestOf(application.getId()).orElseThrow();
        Job overdue = timer(application, "Timer_AssessmentOverdue");
        assertEquals(dueAt(round.getDueOn()), overdue.getDuedate(), "escalated when the assessment falls due");

        management.executeJob(overdue.getId());

        assertTrue(review.isOverdueEscalated(assessments.find(round.getId()).orElseThrow()));
        BusinessException noNote = assertThrows(BusinessException.class,
                () -> review.followUpOverdue(world.supervisor(), round.getId(), " "));
        assertEquals("assessment.reasonRequired", noNote.messageKey());
        review.followUpOverdue(world.supervisor(), round.getId(), "已电话督促，约定明日上门");
        assertTrue(!review.isOverdueEscalated(assessments.find(round.getId()).orElseThrow()));
        enterAndConfirm(world, application, Scores.grade3());
        assertEquals(AssessmentStatus.CONFIRMED, assessments.find(round.getId()).orElseThrow().getStatus(),
                "the assessment went on");
    }

    @Test
    void anAcceptedObjectionWithTheGradeUnchangedChargesTheApplicantTheFee() {
        AssessmentWorld.World world = worlds.create(4);
        AssessmentApplication application = worlds.acceptedApplication(world, false);
        Assessment first = throughNoticeWithAnObjection(world, application);

        objections.decide(world.reviewer(), application.getId(), true, "异议人提供了新的病历");

        Assessment second = assessments.latestOf(application.getId()).orElseThrow();
        assertEquals(2, second.getRound());
        Set<Long> earlier = first.assessors().stream().map(Assessor::getId).collect(Collectors.toSet());
        assertTrue(second.assessors().stream().noneMatch(a -> earlier.contains(a.getId())),
                "the re-assessment goes to other assessors");
        assertEquals(timer(application, "Timer_AssessmentOverdue").getDuedate(), dueAt(second.getDueOn()));

        finishReassessment(world, application, Scores.grade3());

        Assessment charged = assessments.find(second.getId()).orElseThrow();
        assertEquals(FeePayer.APPLICANT, charged.getFeePayer());
        assertEquals(0, new BigDecimal("300.00").compareTo(charged.getFeeAmount()), "the home fee of SD-2025");
        List<AssessmentConclusion> issued = conclusions.ofApplication(application.getId());
        assertEquals(1, issued.size(), "no conclusion before the objection was decided");
        assertEquals(3, issued.get(0).getGrade());
    }

    @Test
    void anAcceptedObjectionThatChangesTheGradeChargesTheAgency() {
        AssessmentWorld.World world = worlds.create(4);
        AssessmentApplication application = worlds.acceptedApplication(world, false);
        throughNoticeWithAnObjection(world, application);
        objections.decide(world.reviewer(), application.getId(), true, "异议成立");

        finishReassessment(world, application, Scores.grade5());

        Assessment charged = assessments.latestOf(application.getId()).orElseThrow();
        assertEquals(FeePayer.AGENCY, charged.getFeePayer());
        assertEquals(5, conclusions.ofApplication(application.getId()).get(0).getGrade());
        assertNotNull(timer(application, "Timer_ExpiryReminder"), "a re-assessment's conclusion is final");
    }

    @Test
    void aReassessmentByAnAssessorOfTheFirstRoundIsRefused() {
        AssessmentWorld.World world = worlds.create(3);
        AssessmentApplication application = worlds.acceptedApplication(world, false);
        Assessment first = throughNoticeWithAnObjection(world, application);
        objections.decide(world.reviewer(), application.getId(), true, "异议成立");
        Assessment second = assessments.latestOf(application.getId()).orElseThrow();
        assertEquals(AssessmentStatus.AWAITING_ASSESSORS, second.getStatus(), "only one assessor is left");
        long fresh = world.assessors().stream().map(Assessor::getId)
                .filter(id -> first.assessors().stream().noneMatch(a -> a.getId().equals(id))).findFirst()
                .orElseThrow();

        BusinessException refused = assertThrows(BusinessException.class, () -> dispatch.assignManually(
                world.supervisor(), second.getId(), fresh, first.getAssessorA().getId(), "人手不足"));

        assertEquals("assessment.dispatch.earlierAssessor", refused.messageKey());
        assertEquals(AssessmentStatus.AWAITING_ASSESSORS,
                assessments.find(second.getId()).orElseThrow().getStatus());
    }

    @Test
    void beforeExpiryTheSupervisorReassessesAndTheBureauMayOrderAnEarlyReassessment() {
        AssessmentWorld.World world = worlds.create(4);
        AssessmentApplication application = worlds.acceptedApplication(world, false);
        Assessment first = enterAndConfirm(world, application, Scores.grade3());
        review.approve(world.supervisor(), first.getId());
        management.executeJob(timer(application, "Timer_NoticeEnds").getId());

        BusinessException tooEarly = assertThrows(BusinessException.class,
                () -> reassessments.orderEarly(world.reviewer(), application.getId(), "投诉"));
        assertEquals("assessment.order.notNow", tooEarly.messageKey(), "not during the objection window");
        management.executeJob(timer(application, "Timer_ObjectionWindowEnds").getId());
        AssessmentConclusion conclusion = conclusions.ofApplication(application.getId()).get(0);
        Job reminder = timer(application, "Timer_ExpiryReminder");
        assertEquals(Date.from(conclusion.getValidThrough().plusDays(1).minusDays(60)
                .atStartOfDay(ClockProducer.ZONE).toInstant()), reminder.getDuedate(), "60 days before expiry");

        reassessments.orderEarly(world.reviewer(), application.getId(), "收到投诉，实际护理状况与评估不符");

        Assessment ordered = assessments.latestOf(application.getId()).orElseThrow();
        assertEquals(AssessmentPurpose.ORDERED, ordered.getPurpose());
        assertEquals("收到投诉，实际护理状况与评估不符", ordered.getOpeningReason());
        Set<Long> before = first.assessors().stream().map(Assessor::getId).collect(Collectors.toSet());
        assertTrue(ordered.assessors().stream().noneMatch(a -> before.contains(a.getId())),
                "an ordered re-assessment goes to other assessors than the last round's");
        enterAndConfirm(world, application, Scores.grade5());
        review.approve(world.supervisor(), ordered.getId());
        management.executeJob(timer(application, "Timer_NoticeEnds").getId());

        List<AssessmentConclusion> issued = conclusions.ofApplication(application.getId());
        assertEquals(2, issued.size());
        assertEquals(AssessmentConclusion.Status.SUPERSEDED, issued.get(0).getStatus());
        assertEquals(AssessmentConclusion.Status.IN_FORCE, issued.get(1).getStatus());
        assertEquals(5, issued.get(1).getGrade());
        assertNull(assessments.find(ordered.getId()).orElseThrow().getFeePayer(), "no fee: no objection");

        management.executeJob(timer(application, "Timer_ObjectionWindowEnds").getId());
        management.executeJob(timer(application, "Timer_ExpiryReminder").getId());
        reassessments.decideOnExpiry(world.supervisor(), application.getId(), true, "到期前重新评估");

        Assessment expiry = assessments.latestOf(application.getId()).orElseThrow();
        assertEquals(AssessmentPurpose.EXPIRY, expiry.getPurpose());
        assertEquals(AssessmentStatus.DISPATCHED, expiry.getStatus());
    }

    // ---- steps

    private Assessment enterAndConfirm(AssessmentWorld.World world, AssessmentApplication application,
                                       Map<String, Map<String, Integer>> scores) {
        Assessment round = assessments.latestOf(application.getId()).orElseThrow();
        Actor entering = world.actorOf(round.getAssessorA());
        Actor confirming = world.actorOf(round.getAssessorB());
        onSite.saveDraft(entering, round.getId(), Map.of("adl", Map.of("eating", 5)), visit());
        onSite.submit(entering, round.getId(), scores, visit());
        BusinessException ownEntry = assertThrows(BusinessException.class, () -> onSite.confirm(entering, round.getId()));
        assertEquals("assessment.confirm.notByEnterer", ownEntry.messageKey());
        onSite.confirm(confirming, round.getId());
        return round;
    }

    private Assessment throughNoticeWithAnObjection(AssessmentWorld.World world, AssessmentApplication application) {
        Assessment round = enterAndConfirm(world, application, Scores.grade3());
        review.approve(world.supervisor(), round.getId());
        PublicNotice notice = noticeRepository.openOf(application.getId(), false).orElseThrow();
        notices.lodge(notice.getId(), new ObjectionForm("李明", "13900002222", "申请人实际可自行行走"));
        management.executeJob(timer(application, "Timer_NoticeEnds").getId());
        assertTrue(conclusions.ofApplication(application.getId()).isEmpty(), "an objection holds the conclusion");
        return round;
    }

    private void finishReassessment(AssessmentWorld.World world, AssessmentApplication application,
                                    Map<String, Map<String, Integer>> scores) {
        Assessment round = enterAndConfirm(world, application, scores);
        review.approve(world.supervisor(), round.getId());
        assertTrue(noticeRepository.openOf(application.getId(), false).isEmpty(), "a re-assessment is not noticed");
    }

    private Job timer(AssessmentApplication application, String activityId) {
        Job job = management.createJobQuery().processInstanceId(application.getProcessInstanceId())
                .activityId(activityId).singleResult();
        assertNotNull(job, "timer " + activityId);
        return job;
    }

    /** Counted day by day here, not with the calendar's own addition, so that both are checked. */
    private LocalDate fifthWorkingDayAfter(LocalDate day) {
        LocalDate current = day;
        for (int counted = 0; counted < 5; ) {
            current = current.plusDays(1);
            if (calendar.isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }

    private static Date dueAt(LocalDate day) {
        return Date.from(day.atTime(17, 0).atZone(ClockProducer.ZONE).toInstant());
    }

    private static OnSiteVisit visit() {
        return new OnSiteVisit(LocalDate.now(ClockProducer.ZONE), LocalTime.of(9, 30), "测试路1号", "卧床为主");
    }
}
