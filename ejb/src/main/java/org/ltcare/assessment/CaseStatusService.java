package org.ltcare.assessment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.ltcare.shared.security.Actor;

/**
 * The status of one case for institutions' systems. Scoped like the application itself: a case the actor may
 * not see is "not found", exactly like one that does not exist.
 */
@Stateless
public class CaseStatusService {

    @Inject
    private ApplicationService applications;

    @Inject
    private AssessmentRepository assessments;

    @Inject
    private NoticeRepository notices;

    @Inject
    private ConclusionRepository conclusions;

    /** @throws org.ltcare.shared.NotFoundException when there is no such case or the actor may not see it */
    public CaseStatus statusOf(Actor actor, long applicationId) {
        AssessmentApplication application = applications.find(actor, applicationId);
        Optional<Assessment> latest = assessments.latestOf(applicationId);
        List<PublicNotice> noticesOfCase = notices.ofApplication(applicationId);
        PublicNotice notice = noticesOfCase.isEmpty() ? null : noticesOfCase.get(noticesOfCase.size() - 1);
        boolean noticeOpen = notice != null && notice.getStatus() == PublicNotice.Status.OPEN;
        boolean objectionsUndecided = notices.objectionsOf(applicationId).stream()
                .anyMatch(o -> o.getStatus() == Objection.Status.LODGED);
        Optional<AssessmentConclusion> inForce = conclusions.ofApplication(applicationId).stream()
                .filter(c -> c.getStatus() == AssessmentConclusion.Status.IN_FORCE).findFirst();
        CaseStage stage = CaseStage.of(application.getStatus(), latest.map(Assessment::getStatus).orElse(null),
                noticeOpen, objectionsUndecided, inForce.isPresent());
        return new CaseStatus(applicationId, application.getStatus(), stage,
                latest.map(Assessment::getRound).orElse(null),
                latest.map(Assessment::getDueOn).orElse(null), latest.map(Assessment::getDueBasis).orElse(null),
                latest.filter(a -> a.getStatus() == AssessmentStatus.APPROVED).map(Assessment::getGrade).orElse(null),
                notice == null ? null : new CaseStatus.Notice(notice.getStartsOn(), notice.getEndsOn(),
                        notice.getEndsBasis(), noticeOpen),
                inForce.map(c -> new CaseStatus.Conclusion(c.getDocumentNumber(), c.getGrade(), c.getConcludedOn(),
                        c.getValidThrough(), c.getBenefitFrom())).orElse(null),
                application.getRefusalGround());
    }
}
