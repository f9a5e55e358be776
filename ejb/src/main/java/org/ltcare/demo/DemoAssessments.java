package org.ltcare.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.ltcare.assessment.ApplicantRole;
import org.ltcare.assessment.ApplicationService;
import org.ltcare.assessment.Assessment;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.assessment.AssessmentRepository;
import org.ltcare.assessment.Assessor;
import org.ltcare.assessment.AssessorRepository;
import org.ltcare.assessment.ExpertReviewService;
import org.ltcare.assessment.MaterialKind;
import org.ltcare.assessment.NewApplication;
import org.ltcare.assessment.NewMaterial;
import org.ltcare.assessment.OnSiteAssessmentService;
import org.ltcare.assessment.OnSiteVisit;
import org.ltcare.assessment.ResidenceKind;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * A demo person's case from application to conclusion the way the users make it: filed and accepted by the agency's
 * reviewer, scored on site by the two assessors drawn, approved by the supervisor; the public notice's end (a
 * timer of the case's process) is run at once instead of waiting its days.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoAssessments {

    @Inject
    private Clock clock;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private ApplicationService applications;

    @Inject
    private AssessmentRepository rounds;

    @Inject
    private AssessorRepository assessors;

    @Inject
    private OnSiteAssessmentService onSite;

    @Inject
    private ExpertReviewService review;

    @Inject
    private ManagementService management;

    /** @return the application, concluded */
    public long concluded(DemoPeople.Person person) {
        Actor reviewer = actor("reviewer");
        AssessmentApplication filed = applications.file(reviewer, new NewApplication(person.idNumber(),
                ApplicantRole.SELF, person.name(), null, person.phone(), ResidenceKind.HOME, person.address(), null,
                List.of(NewMaterial.seenOnPaper(MaterialKind.ID_DOCUMENT),
                        NewMaterial.seenOnPaper(MaterialKind.DIAGNOSIS))));
        AssessmentApplication accepted = applications.accept(reviewer, filed.getId());
        Assessment round = rounds.latestOf(accepted.getId()).orElseThrow();
        onSite.submit(assessor(round.getAssessorA()), round.getId(), person.scores(),
                new OnSiteVisit(LocalDate.now(clock), LocalTime.of(9, 30), person.address(), "卧床为主，家属陪同"));
        onSite.confirm(assessor(round.getAssessorB()), round.getId());
        review.approve(actor("supervisor"), round.getId());
        management.executeJob(management.createJobQuery().processInstanceId(accepted.getProcessInstanceId())
                .activityId("Timer_NoticeEnds").singleResult().getId());
        return accepted.getId();
    }

    private Actor assessor(Assessor assessor) {
        return actor(assessors.usernameOf(assessor).orElseThrow());
    }

    private Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }
}
