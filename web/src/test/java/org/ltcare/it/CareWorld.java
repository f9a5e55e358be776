package org.ltcare.it;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.ltcare.assessment.Assessment;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.assessment.AssessmentRepository;
import org.ltcare.assessment.ExpertReviewService;
import org.ltcare.assessment.OnSiteAssessmentService;
import org.ltcare.assessment.OnSiteVisit;
import org.ltcare.assessment.ReassessmentService;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.institution.AgreedCareType;
import org.ltcare.institution.AgreementService;
import org.ltcare.institution.AgreementTerms;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.UserAccountRepository;
import org.ltcare.shared.time.ClockProducer;

/**
 * Test fixture of care assignment: an assessment world whose person is assessed, noticed and concluded (which
 * starts the care workflow), and institutions of the world's region contracted for a care type with a number of
 * places.
 */
@Stateless
public class CareWorld {

    @PersistenceContext(unitName = "ltcare")
    EntityManager em;

    @Inject
    AssessmentWorld worlds;

    @Inject
    Institutions institutions;

    @Inject
    AgreementService agreements;

    @Inject
    AssessmentRepository assessments;

    @Inject
    OnSiteAssessmentService onSite;

    @Inject
    ExpertReviewService review;

    @Inject
    ManagementService management;

    @Inject
    ReassessmentService reassessments;

    @Inject
    UserAccountRepository accounts;

    public AssessmentWorld.World world() {
        return worlds.create(4);
    }

    /** A person of the world assessed with {@code scores}; the conclusion is issued when this returns. */
    public AssessmentApplication concluded(AssessmentWorld.World world, Map<String, Map<String, Integer>> scores) {
        AssessmentApplication application = worlds.acceptedApplication(world, false);
        Assessment round = assessments.latestOf(application.getId()).orElseThrow();
        OnSiteVisit visit = new OnSiteVisit(LocalDate.now(ClockProducer.ZONE), LocalTime.of(9, 30), "测试路1号", "卧床为主");
        onSite.submit(world.actorOf(round.getAssessorA()), round.getId(), scores, visit);
        onSite.confirm(world.actorOf(round.getAssessorB()), round.getId());
        review.approve(world.supervisor(), round.getId());
        management.executeJob(management.createJobQuery().processInstanceId(application.getProcessInstanceId())
                .activityId("Timer_NoticeEnds").singleResult().getId());
        return application;
    }

    /**
     * A concluded case re-assessed on the bureau's order with {@code scores}: the objection window's timer fires,
     * the order opens a round, and its conclusion is issued (a re-assessment that is not an objection's is noticed).
     */
    public void reassessedOnOrder(AssessmentWorld.World world, AssessmentApplication application,
                                  Map<String, Map<String, Integer>> scores) {
        management.executeJob(management.createJobQuery().processInstanceId(application.getProcessInstanceId())
                .activityId("Timer_ObjectionWindowEnds").singleResult().getId());
        reassessments.orderEarly(world.reviewer(), application.getId(), "投诉：实际可自理");
        Assessment round = assessments.latestOf(application.getId()).orElseThrow();
        OnSiteVisit visit = new OnSiteVisit(LocalDate.now(ClockProducer.ZONE), LocalTime.of(14, 0), "测试路1号", "复评");
        onSite.submit(world.actorOf(round.getAssessorA()), round.getId(), scores, visit);
        onSite.confirm(world.actorOf(round.getAssessorB()), round.getId());
        review.approve(world.supervisor(), round.getId());
        management.executeJob(management.createJobQuery().processInstanceId(application.getProcessInstanceId())
                .activityId("Timer_NoticeEnds").singleResult().getId());
    }

    /** An institution of the world's region contracted from today for {@code careType} with {@code places}. */
    public CareInstitution contracted(AssessmentWorld.World world, InstitutionKind kind, Integer level,
                                      CareType careType, int places) {
        return contractedSince(world, kind, level, careType, places, LocalDate.now(ClockProducer.ZONE));
    }

    /** The same with an agreement in force from {@code from} (a past month's claim needs one then). */
    public CareInstitution contractedSince(AssessmentWorld.World world, InstitutionKind kind, Integer level,
                                           CareType careType, int places, LocalDate from) {
        CareInstitution institution = institutions.aNew(kind, level, world.region());
        agreements.sign(approver(), institution.getId(), new AgreementTerms(List.of(new AgreedCareType(careType,
                places, new BigDecimal("100.00"))), from, from.plusYears(3).minusDays(1)));
        institutions.staffOf(institution);
        return institution;
    }

    /**
     * Writes a second admitted period for the person of {@code admitted} straight into the table, past the code,
     * overlapping {@code admitted} by one day: what the database itself must refuse.
     */
    public void insertOverlappingPeriod(CareAdmission admitted) {
        em.createNativeQuery("insert into care_admission (id, insured_id, application_id, conclusion_id, care_type, "
                + "institution_id, status, rule_set_code, requested_by, requested_at, starts_on, ends_on, version) "
                + "values (?1, ?2, ?3, ?4, 'HOME', ?5, 'ADMITTED', 'SD-2025', 'it', now(), ?6, ?7, 0)")
                .setParameter(1, 9_000_000_000L + admitted.getId())
                .setParameter(2, admitted.getInsuredId())
                .setParameter(3, admitted.getApplicationId())
                .setParameter(4, admitted.getConclusionId())
                .setParameter(5, admitted.getInstitutionId())
                .setParameter(6, admitted.getStartsOn().minusDays(10))
                .setParameter(7, admitted.getStartsOn())
                .executeUpdate();
    }

    /** A browser login (password "test") for one of the world's people; see {@link AssessmentWorld#login}. */
    public String login(Actor actor) {
        return worlds.login(actor);
    }

    public Actor staffOf(CareInstitution institution) {
        return institutions.staffOf(institution);
    }

    public Actor approver() {
        return accounts.findByUsername("approver").orElseThrow().toActor();
    }
}
