package org.ltcare.assessment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;
import org.ltcare.policy.RuleSetService;
import org.ltcare.policy.rules.AssessmentProcedure;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.calendar.DeadlineExplanation;
import org.ltcare.shared.calendar.WorkingDayCalendar;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Organisation;
import org.ltcare.shared.security.OrganisationKind;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccountRepository;
import org.ltcare.shared.workflow.ProcessTasks;
import org.ltcare.shared.workflow.TaskDues;

/**
 * Dispatch (派遣): opens an assessment round and draws its two assessors at random from the agency's pool,
 * never one linked to the applicant's current or chosen institution, nor (for a re-assessment) one of an
 * earlier round. With fewer than two eligible, the round waits for the supervisor, who assigns by hand with a
 * recorded reason. Returns the variables the process needs to route the case.
 */
@Stateless
public class DispatchService {

    private static final Logger LOG = Logger.getLogger(DispatchService.class.getName());

    /** Unpredictable, so nobody can foresee or steer who is drawn. */
    private static final RandomGenerator RANDOM = new SecureRandom();

    @Inject
    private AssessmentRepository assessments;

    @Inject
    private AssessorRepository assessors;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private RuleSetService ruleSets;

    @Inject
    private WorkingDayCalendar calendar;

    @Inject
    private ProcessTasks process;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /**
     * Opens the next round and draws; called in the transaction of the decision that opens it (acceptance,
     * objection, expiry, order), whose reason it records.
     */
    public Map<String, Object> openRound(Actor actor, AssessmentApplication application, AssessmentPurpose purpose,
                                         String reason) {
        String region = ruleSets.regionOf(actor);
        Organisation agency = assessors.assessmentAgencyOf(region)
                .orElseThrow(() -> new BusinessException("assessment.dispatch.noAgency", region));
        List<Assessment> earlier = assessments.ofApplication(application.getId());
        Assessment round = new Assessment(application, earlier.size() + 1, purpose, reason, agency.getId());
        assessments.save(round);
        Set<Long> excluded = excludedFor(application, round);
        var pair = AssessorDraw.draw(loginPool(agency.getId()), excluded, RANDOM);
        Map<String, Object> variables = new HashMap<>();
        variables.put(AssessmentProcess.ASSESSMENT_ID, round.getId());
        variables.put(AssessmentProcess.DISPATCHED, pair.isPresent());
        if (pair.isPresent()) {
            Map<String, Object> before = round.auditState();
            round.dispatch(pair.get().first(), pair.get().second(), DispatchManner.RANDOM, null, actor.username(),
                    clock.instant(), dueDate(region, purpose));
            variables.putAll(taskVariables(round));
            audit.record(actor, "DISPATCH", before, round);
        } else {
            audit.record(actor, "AWAIT_MANUAL_DISPATCH", null, round);
        }
        return variables;
    }

    /**
     * The supervisor assigns two assessors by hand (too few eligible for a draw); the reason is recorded. A
     * linked assessor may be chosen only so (the supervisor's override); one excluded for an earlier round never.
     */
    public Assessment assignManually(Actor actor, long assessmentId, long firstId, long secondId, String reason) {
        if (!actor.has(Role.ASSESSMENT_SUPERVISOR)) {
            throw new AccessDeniedException("assessment.assign");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("assessment.dispatch.reasonRequired");
        }
        if (reason.trim().length() > 500) {
            throw new BusinessException("assessment.reasonTooLong", 500);
        }
        Assessment round = assessments.findForUpdate(assessmentId)
                .orElseThrow(() -> new NotFoundException("Assessment", assessmentId));
        if (round.getAgencyId() != actor.organisationId()) {
            throw new NotFoundException("Assessment", assessmentId);
        }
        Assessor first = poolMember(round, firstId);
        Assessor second = poolMember(round, secondId);
        Set<Long> earlierAssessors = earlierAssessorIds(round);
        if (earlierAssessors.contains(firstId) || earlierAssessors.contains(secondId)) {
            throw new BusinessException("assessment.dispatch.earlierAssessor");
        }
        Map<String, Object> before = round.auditState();
        round.dispatch(first, second, DispatchManner.MANUAL, reason, actor.username(), clock.instant(),
                dueDate(ruleSets.regionOf(actor), round.getPurpose()));
        process.complete(actor, round.getApplication().getProcessInstanceId(),
                AssessmentProcess.TASK_ASSIGN_ASSESSORS, taskVariables(round));
        audit.record(actor, "ASSIGN_MANUALLY", before, round);
        return round;
    }

    /** Who the supervisor may choose from, with the reasons some would not be drawn. */
    public List<PoolMember> poolFor(Actor actor, long assessmentId) {
        if (!actor.has(Role.ASSESSMENT_SUPERVISOR)) {
            throw new AccessDeniedException("assessment.assign");
        }
        Assessment round = assessments.find(assessmentId)
                .orElseThrow(() -> new NotFoundException("Assessment", assessmentId));
        Set<Long> linked = assessors.linkedTo(institutionsOf(round.getApplication()));
        Set<Long> earlier = earlierAssessorIds(round);
        List<PoolMember> members = new ArrayList<>();
        for (Assessor assessor : assessors.activeOf(round.getAgencyId())) {
            members.add(new PoolMember(assessor, linked.contains(assessor.getId()),
                    earlier.contains(assessor.getId()), assessor.getUserId() != null));
        }
        return members;
    }

    /** An assessor of the agency's pool, with what speaks against choosing them. */
    public record PoolMember(Assessor assessor, boolean linkedToInstitution, boolean assessedEarlierRound,
                             boolean hasLogin) {
    }

    private Assessor poolMember(Assessment round, long assessorId) {
        Assessor assessor = assessors.find(assessorId)
                .filter(a -> a.isActive() && a.getOrganisationId() == round.getAgencyId())
                .orElseThrow(() -> new BusinessException("assessment.dispatch.notInPool", assessorId));
        if (assessor.getUserId() == null) {
            throw new BusinessException("assessment.dispatch.noLogin", assessor.getName());
        }
        return assessor;
    }

    /** Only assessors with a login: the on-site form is entered and confirmed under it. */
    private List<Assessor> loginPool(long agencyId) {
        return assessors.activeOf(agencyId).stream().filter(a -> a.getUserId() != null).toList();
    }

    private Set<Long> excludedFor(AssessmentApplication application, Assessment round) {
        Set<Long> excluded = new HashSet<>(assessors.linkedTo(institutionsOf(application)));
        excluded.addAll(earlierAssessorIds(round));
        return excluded;
    }

    /**
     * Who may not assess the round for having assessed before: for a re-assessment on an objection, everyone of
     * an earlier round (rules.md §2.6); for one the bureau ordered, the assessors of the round before it (the
     * order may concern them); for a first or an expiry assessment, nobody.
     */
    private Set<Long> earlierAssessorIds(Assessment round) {
        List<Assessment> earlier = assessments.ofApplication(round.getApplication().getId()).stream()
                .filter(other -> other.getRound() < round.getRound()).toList();
        List<Assessment> concerned = switch (round.getPurpose()) {
            case OBJECTION -> earlier;
            case ORDERED -> earlier.isEmpty() ? List.of() : List.of(earlier.get(earlier.size() - 1));
            case INITIAL, EXPIRY -> List.of();
        };
        Set<Long> ids = new HashSet<>();
        concerned.forEach(other -> other.assessors().forEach(a -> ids.add(a.getId())));
        return ids;
    }

    /** The applicant's current institution and, when an institution filed the application, the chosen one. */
    private Set<Long> institutionsOf(AssessmentApplication application) {
        Set<Long> ids = new HashSet<>();
        if (application.getCurrentInstitutionId() != null) {
            ids.add(application.getCurrentInstitutionId());
        }
        Organisation filer = accounts.organisation(application.getFiledByOrganisationId());
        if (filer != null && filer.getKind() == OrganisationKind.CARE_INSTITUTION) {
            ids.add(filer.getId());
        }
        return ids;
    }

    private Map<String, Object> taskVariables(Assessment round) {
        List<String> users = new ArrayList<>();
        for (Assessor assessor : round.assessors()) {
            users.add(assessors.usernameOf(assessor).orElseThrow());
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(AssessmentProcess.ASSESSMENT_ID, round.getId());
        variables.put(AssessmentProcess.ASSESSOR_USERS, users);
        TaskDues.put(variables, AssessmentProcess.ASSESSMENT_DUE, AssessmentProcess.dueAt(round.getDueOn()),
                round.getDueBasis());
        // A timer needs a date: without a calendar the supervisor is still told after two calendar weeks.
        variables.put(AssessmentProcess.ESCALATION_AT, AssessmentProcess.dueAt(round.getDueOn() != null
                ? round.getDueOn() : LocalDate.now(clock).plusWeeks(2)));
        return variables;
    }

    /**
     * Due within the rule set's working days, with how they were counted; unknown (and logged) when the calendar
     * year is not entered.
     */
    private DeadlineExplanation dueDate(String region, AssessmentPurpose purpose) {
        LocalDate today = LocalDate.now(clock);
        AssessmentProcedure procedure = ruleSets.inForce(region, today).content().procedure();
        int days = purpose.isObjection() ? procedure.reassessmentWorkingDays() : procedure.dispatchWorkingDays();
        DeadlineExplanation due = calendar.explainLeniently(today, days);
        if (due.missingYear() != null) {
            LOG.warning("No working-day calendar for " + due.missingYear() + ": an assessment is dispatched "
                    + "without a due date. A bureau administrator should enter the year.");
            return null;
        }
        return due;
    }
}
