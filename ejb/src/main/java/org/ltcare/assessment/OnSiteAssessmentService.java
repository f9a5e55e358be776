package org.ltcare.assessment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ltcare.assessment.scale.GradeCalculator;
import org.ltcare.assessment.scale.GradePreview;
import org.ltcare.assessment.scale.GradeResult;
import org.ltcare.assessment.scale.InvalidScoresException;
import org.ltcare.assessment.scale.ScoreProblemCode;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.RuleSetService;
import org.ltcare.policy.rules.FieldProblem;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.workflow.ProcessTasks;

/**
 * The on-site assessment (现场评估) by the two dispatched assessors: draft saves, the first assessor's
 * submission of all 17 items (graded here with the rule set in force on the visit's date), and the second
 * assessor's confirmation or return. Only the assigned assessors may change the form.
 */
@Stateless
public class OnSiteAssessmentService {

    @Inject
    private AssessmentRepository assessments;

    @Inject
    private AssessorRepository assessors;

    @Inject
    private RuleSetService ruleSets;

    @Inject
    private ProcessTasks process;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** The round, for an assigned assessor, the agency's supervisors, or bureau staff; otherwise "not found". */
    public Assessment find(Actor actor, long assessmentId) {
        Assessment round = assessments.find(assessmentId)
                .orElseThrow(() -> new NotFoundException("Assessment", assessmentId));
        boolean assigned = actor.has(Role.ASSESSOR) && isAssigned(actor, round);
        boolean supervisor = actor.has(Role.ASSESSMENT_SUPERVISOR) && round.getAgencyId() == actor.organisationId();
        boolean bureau = actor.roles().stream().anyMatch(Role::isBureauRole);
        if (!assigned && !supervisor && !bureau) {
            throw new NotFoundException("Assessment", assessmentId);
        }
        return round;
    }

    /** The latest round of a case, for those who may see it (see {@link #find}). */
    public Assessment latestFor(Actor actor, long applicationId) {
        Assessment latest = assessments.latestOf(applicationId)
                .orElseThrow(() -> new NotFoundException("Assessment", applicationId));
        return find(actor, latest.getId());
    }

    /** Whether the actor is one of the round's two assessors (who may enter or confirm). */
    public boolean isAssignedTo(Actor actor, Assessment round) {
        return actor.has(Role.ASSESSOR) && isAssigned(actor, round);
    }

    /** Which of the round's two assessors the actor is (0 or 1), or -1 for neither. */
    public int indexOf(Actor actor, Assessment round) {
        return assessors.ofUser(actor.username()).map(me -> {
            List<Assessor> pair = round.assessors();
            for (int i = 0; i < pair.size(); i++) {
                if (pair.get(i).getId().equals(me.getId())) {
                    return i;
                }
            }
            return -1;
        }).orElse(-1);
    }

    /** Totals, levels and (once all 17 are chosen) the grade of what the form holds, with the visit's rule set. */
    public GradePreview preview(Actor actor, LocalDate visitDate, Map<String, Map<String, Integer>> scores) {
        return GradePreview.of(ruleSetFor(actor, visitDate).content().scale(), scores);
    }

    /** The rounds dispatched to the acting assessor and not yet approved, the earliest due first. */
    public List<Assessment> mine(Actor actor) {
        if (!actor.has(Role.ASSESSOR)) {
            throw new AccessDeniedException("assessment.mine");
        }
        return assessors.ofUser(actor.username()).map(a -> assessments.openFor(a.getId())).orElse(List.of());
    }

    /** The rule set the form offers: in force on the visit's date (today while none is entered). */
    public RuleSet ruleSetFor(Actor actor, LocalDate visitDate) {
        return ruleSets.inForce(ruleSets.regionOf(actor), visitDate == null ? LocalDate.now(clock) : visitDate);
    }

    /** Keeps what is entered so far; a score outside an item's allowed set is refused even in a draft. */
    public Assessment saveDraft(Actor actor, long assessmentId, Map<String, Map<String, Integer>> scores,
                                OnSiteVisit visit) {
        Assessment round = forAssessor(actor, assessmentId);
        checkVisit(visit, false);
        List<FieldProblem> bad = GradeCalculator.problems(ruleSetFor(actor, visit.date()).content().scale(), scores)
                .stream().filter(p -> !p.code().equals(ScoreProblemCode.MISSING.name())).toList();
        if (!bad.isEmpty()) {
            throw new InvalidScoresException(bad);
        }
        Map<String, Object> before = round.auditState();
        round.saveDraft(scores, visit);
        audit.record(actor, "SAVE_DRAFT", before, round);
        return round;
    }

    /** The first assessor submits: all 17 items and the visit's date, time and place are required. */
    public Assessment submit(Actor actor, long assessmentId, Map<String, Map<String, Integer>> scores,
                             OnSiteVisit visit) {
        Assessment round = forAssessor(actor, assessmentId);
        checkVisit(visit, true);
        RuleSet ruleSet = ruleSetFor(actor, visit.date());
        GradeResult graded = GradeCalculator.compute(ruleSet.content().scale(), scores);
        Map<String, Object> before = round.auditState();
        round.enter(scores, visit, graded, ruleSet.getId(), ruleSet.getCode(), actor.username(), clock.instant());
        String confirming = round.assessors().stream().map(a -> assessors.usernameOf(a).orElseThrow())
                .filter(name -> !name.equals(actor.username())).findFirst().orElseThrow();
        process.complete(actor, round.getApplication().getProcessInstanceId(), AssessmentProcess.TASK_ON_SITE,
                Map.of(AssessmentProcess.CONFIRMING_USER, confirming));
        audit.record(actor, "ENTER", before, round);
        return round;
    }

    /**
     * The second assessor confirms the entry. The grade is computed again from the stored items with the
     * recorded rule set, so what is confirmed is exactly what the scale says.
     */
    public Assessment confirm(Actor actor, long assessmentId) {
        Assessment round = forAssessor(actor, assessmentId);
        Map<String, Object> before = round.auditState();
        round.confirm(actor.username(), clock.instant());
        process.complete(actor, round.getApplication().getProcessInstanceId(), AssessmentProcess.TASK_CONFIRM,
                Map.of(AssessmentProcess.CONFIRMED, true));
        audit.record(actor, "CONFIRM", before, round);
        return round;
    }

    /** The second assessor does not agree: back to the first, with the reason. */
    public Assessment returnForCorrection(Actor actor, long assessmentId, String reason) {
        String text = requireReason(reason);
        Assessment round = forAssessor(actor, assessmentId);
        Map<String, Object> before = round.auditState();
        round.returnForCorrection(actor.username(), text);
        process.complete(actor, round.getApplication().getProcessInstanceId(), AssessmentProcess.TASK_CONFIRM,
                Map.of(AssessmentProcess.CONFIRMED, false));
        audit.record(actor, "RETURN_ENTRY", before, round);
        return round;
    }

    static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("assessment.reasonRequired");
        }
        if (reason.trim().length() > 500) {
            throw new BusinessException("assessment.reasonTooLong", 500);
        }
        return reason.trim();
    }

    private Assessment forAssessor(Actor actor, long assessmentId) {
        if (!actor.has(Role.ASSESSOR)) {
            throw new AccessDeniedException("assessment.enter");
        }
        Assessment round = assessments.findForUpdate(assessmentId)
                .orElseThrow(() -> new NotFoundException("Assessment", assessmentId));
        if (!isAssigned(actor, round)) {
            throw new AccessDeniedException("assessment.notAssigned");
        }
        return round;
    }

    private boolean isAssigned(Actor actor, Assessment round) {
        return assessors.ofUser(actor.username()).map(a -> round.isAssigned(a.getId())).orElse(false);
    }

    private void checkVisit(OnSiteVisit visit, boolean complete) {
        List<FieldError> errors = new java.util.ArrayList<>();
        if (complete && visit.date() == null) {
            errors.add(new FieldError("onSiteDate", "assessment.visit.dateRequired", List.of()));
        }
        if (visit.date() != null && visit.date().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("onSiteDate", "assessment.visit.dateInFuture", List.of()));
        }
        if (complete && visit.time() == null) {
            errors.add(new FieldError("onSiteTime", "assessment.visit.timeRequired", List.of()));
        }
        if (complete && visit.address() == null) {
            errors.add(new FieldError("onSiteAddress", "assessment.visit.addressRequired", List.of()));
        }
        if (visit.address() != null && visit.address().length() > OnSiteVisit.ADDRESS_MAX) {
            errors.add(new FieldError("onSiteAddress", "assessment.visit.addressTooLong",
                    List.of(String.valueOf(OnSiteVisit.ADDRESS_MAX))));
        }
        if (visit.notes() != null && visit.notes().length() > OnSiteVisit.NOTES_MAX) {
            errors.add(new FieldError("notes", "assessment.visit.notesTooLong",
                    List.of(String.valueOf(OnSiteVisit.NOTES_MAX))));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
