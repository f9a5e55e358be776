package org.ltcare.assessment;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.RuleSetRepository;
import org.ltcare.policy.rules.AssessmentProcedure;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.calendar.WorkingDayCalendar;
import org.ltcare.shared.security.Actor;

/**
 * Issues the 评估结论 of an application's latest approved round (called by the process once the notice has
 * closed without accepted objections, or after an approved re-assessment). Dates and validity follow the
 * rule set the grade was computed with. A re-assessment records who bears its fee: the applicant when the
 * grade is unchanged, the agency otherwise.
 */
@Stateless
public class ConclusionService {

    static final Actor ENGINE = Actor.system("process-engine");

    @Inject
    private AssessmentRepository assessments;

    @Inject
    private ConclusionRepository conclusions;

    @Inject
    private RuleSetRepository ruleSets;

    @Inject
    private WorkingDayCalendar calendar;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<ConclusionIssued> issued;

    @Inject
    private Clock clock;

    /** @return the process variables of the time after the conclusion (objection window, expiry reminder) */
    public Map<String, Object> issue(long applicationId) {
        List<Assessment> rounds = assessments.ofApplication(applicationId);
        if (rounds.isEmpty()) {
            throw new NotFoundException("Assessment", applicationId);
        }
        Assessment latest = assessments.findForUpdate(rounds.get(rounds.size() - 1).getId()).orElseThrow();
        RuleSet ruleSet = ruleSets.find(latest.getRuleSetId()).orElseThrow();
        AssessmentProcedure procedure = ruleSet.content().procedure();
        if (latest.getPurpose().isObjection()) {
            chargeReassessmentFee(latest, rounds.get(rounds.size() - 2), procedure);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate validThrough = procedure.conclusionValidThrough(today);
        AssessmentConclusion conclusion = new AssessmentConclusion(documentNumber(latest, today), latest, today,
                validThrough, procedure.firstBenefitDay(today), clock.instant());
        conclusions.save(conclusion);
        conclusions.inForceFor(conclusion.getInsuredId(), true)
                .filter(earlier -> !earlier.getId().equals(conclusion.getId()))
                .ifPresent(earlier -> supersede(earlier, conclusion));
        Map<String, Object> applicationBefore = latest.getApplication().auditState();
        latest.getApplication().concluded();
        audit.record(ENGINE, "CONCLUDE", applicationBefore, latest.getApplication());
        audit.record(ENGINE, "ISSUE", null, conclusion);
        issued.fire(new ConclusionIssued(conclusion.getId(), applicationId, conclusion.getInsuredId()));

        Map<String, Object> variables = new HashMap<>();
        variables.put(AssessmentProcess.CONCLUDED, true);
        // The conclusion of a re-assessment on an objection is final: no second objection window.
        variables.put(AssessmentProcess.OBJECTION_ALLOWED, !latest.getPurpose().isObjection());
        variables.put(AssessmentProcess.OBJECTION_WINDOW_ENDS, AssessmentProcess.after(
                objectionWindowLastDay(conclusion, procedure)));
        variables.put(AssessmentProcess.EXPIRY_REMINDER,
                AssessmentProcess.at(procedure.expiryReminderDay(validThrough)));
        return variables;
    }

    /** The last day the applicant's side may object: the rule set's working days after the conclusion date. */
    public LocalDate objectionWindowLastDay(AssessmentConclusion conclusion, AssessmentProcedure procedure) {
        return calendar.addWorkingDays(conclusion.getConcludedOn(), procedure.objectionWorkingDaysAfterConclusion());
    }

    private void chargeReassessmentFee(Assessment reassessment, Assessment objectedTo, AssessmentProcedure procedure) {
        ReassessmentFee fee = ReassessmentFee.decide(objectedTo.getGrade(), reassessment.getGrade(),
                reassessment.getApplication().getResidenceKind(), procedure);
        Map<String, Object> before = reassessment.auditState();
        reassessment.chargeFee(fee.payer(), fee.amount());
        audit.record(ENGINE, "CHARGE_FEE", before, reassessment);
    }

    private void supersede(AssessmentConclusion earlier, AssessmentConclusion later) {
        Map<String, Object> before = earlier.auditState();
        earlier.supersededBy(later);
        audit.record(ENGINE, "SUPERSEDE", before, earlier);
    }

    /** 评估结论书 number: year, application and round, e.g. PG2026-000123-1; unique as (application, round) is. */
    private static String documentNumber(Assessment round, LocalDate day) {
        return String.format("PG%d-%06d-%d", day.getYear(), round.getApplication().getId(), round.getRound());
    }
}
