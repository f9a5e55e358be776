package org.ltcare.benefit;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ltcare.assessment.AssessmentConclusion;
import org.ltcare.assessment.ConclusionIssued;
import org.ltcare.assessment.ConclusionRepository;
import org.ltcare.insured.InsuredPerson;
import org.ltcare.insured.InsuredRepository;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.RuleSetRepository;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.time.ClockProducer;
import org.ltcare.shared.workflow.ProcessTasks;
import org.ltcare.shared.workflow.TimerDates;

/**
 * The entitlement's life (rules.md §3): care assignment starts with an entitled conclusion, goes on while a newer
 * entitled conclusion follows an expiring one, and ends — death (no benefit from that day), loss of enrolment, the
 * conclusion's expiry without a new one, a re-assessment below the entitled grades — on the right last day, which
 * ends the person's admission, withdraws a waiting request and stops the workflow.
 */
@Stateless
public class EntitlementService {

    private static final Actor ENGINE = Actor.system("care-assignment");

    @Inject
    private AdmissionRepository admissions;

    @Inject
    private AdmissionService admissionService;

    @Inject
    private ConclusionRepository conclusions;

    @Inject
    private RuleSetRepository ruleSets;

    @Inject
    private InsuredRepository insured;

    @Inject
    private ProcessTasks process;

    @Inject
    private RuntimeService runtime;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** A new conclusion starts care assignment when it entitles the person, or ends the entitlement when not. */
    public void onConclusionIssued(@Observes ConclusionIssued issued) {
        AssessmentConclusion conclusion = conclusions.find(issued.conclusionId()).orElseThrow();
        InsuredPerson person = insured.find(issued.insuredId()).orElseThrow();
        Optional<ProcessInstance> running = admissionService.careProcessOf(issued.insuredId());
        if (entitles(conclusion, person)) {
            if (running.isEmpty()) {
                Map<String, Object> variables = new HashMap<>();
                variables.put(CareAssignmentProcess.APPLICATION_ID, issued.applicationId());
                variables.put(CareAssignmentProcess.INSURED_ID, issued.insuredId());
                variables.put("insuredName", person.getName());
                variables.put(CareAssignmentProcess.CONCLUSION_ENDS_AT,
                        TimerDates.after(conclusion.getValidThrough()));
                process.asUser(ENGINE, () -> runtime.startProcessInstanceByKey(CareAssignmentProcess.KEY,
                        String.valueOf(issued.applicationId()), variables));
            }
        } else if (running.isPresent()) {
            end(ENGINE, issued.insuredId(), conclusion.getConcludedOn().minusDays(1), EndReason.GRADE_BELOW);
        }
    }

    /**
     * The conclusion the workflow waited on has expired: a newer entitled conclusion carries the entitlement on
     * (the answer is its end); otherwise the entitlement ends on the expired conclusion's last day.
     */
    public Optional<Date> onConclusionExpired(long insuredId, Date expiredAt) {
        LocalDate lastValidDay = LocalDate.ofInstant(expiredAt.toInstant(), ClockProducer.ZONE).minusDays(1);
        InsuredPerson person = insured.find(insuredId).orElseThrow();
        Optional<AssessmentConclusion> newer = conclusions.inForceFor(insuredId, false)
                .filter(c -> c.getValidThrough().isAfter(lastValidDay) && entitles(c, person));
        if (newer.isPresent()) {
            return Optional.of(TimerDates.after(newer.get().getValidThrough()));
        }
        endAdmissions(ENGINE, insuredId, lastValidDay, EndReason.CONCLUSION_EXPIRED);
        return Optional.empty();
    }

    /** The bureau records a death: no benefit from the day of death on (rules.md §3). */
    public void recordDeath(Actor actor, long insuredId, LocalDate diedOn) {
        requireBureau(actor);
        InsuredPerson person = insured.find(insuredId).orElseThrow(() -> new NotFoundException("InsuredPerson", insuredId));
        LocalDate today = LocalDate.now(clock);
        if (diedOn == null || diedOn.isAfter(today) || diedOn.isBefore(person.getBirthDate())) {
            throw new ValidationException(List.of(new FieldError("diedOn", diedOn == null ? "validation.required"
                    : "care.diedOn.invalid")));
        }
        Map<String, Object> before = person.auditState();
        person.died(diedOn);
        audit.record(actor, "RECORD_DEATH", before, person);
        end(actor, insuredId, diedOn.minusDays(1), EndReason.DEATH);
    }

    /** Loss of enrolment: the last enrolled day is the last day of benefit. */
    public void recordEnrolmentEnded(Actor actor, long insuredId, LocalDate lastEnrolledDay) {
        requireBureau(actor);
        if (lastEnrolledDay == null) {
            throw new ValidationException(List.of(new FieldError("lastEnrolledDay", "validation.required")));
        }
        InsuredPerson person = insured.find(insuredId).orElseThrow(() -> new NotFoundException("InsuredPerson", insuredId));
        if (lastEnrolledDay.isBefore(person.getEnrolledOn())) {
            throw new ValidationException(List.of(new FieldError("lastEnrolledDay", "care.lastEnrolledDay.invalid")));
        }
        Map<String, Object> before = person.auditState();
        person.enrolmentEnded(lastEnrolledDay);
        audit.record(actor, "END_ENROLMENT", before, person);
        end(actor, insuredId, lastEnrolledDay, EndReason.ENROLMENT_ENDED);
    }

    /** Ends the entitlement with {@code lastDay} as the last day of benefit and stops the person's workflow. */
    public void end(Actor actor, long insuredId, LocalDate lastDay, EndReason reason) {
        endAdmissions(actor, insuredId, lastDay, reason);
        admissionService.careProcessOf(insuredId).ifPresent(care ->
                process.correlate(actor, care.getId(), CareAssignmentProcess.MESSAGE_ENDED, Map.of()));
    }

    private void endAdmissions(Actor actor, long insuredId, LocalDate lastDay, EndReason reason) {
        for (CareAdmission admission : admissions.ofInsured(insuredId)) {
            Map<String, Object> before = admission.auditState();
            if (admission.getStatus() == AdmissionStatus.REQUESTED) {
                admission.withdraw();
                audit.record(actor, "WITHDRAW", before, admission);
            } else if (admission.getStatus() == AdmissionStatus.ADMITTED
                    && (admission.getEndsOn() == null || admission.getEndsOn().isAfter(lastDay))) {
                admission.endWith(lastDay, reason);
                audit.record(actor, "END_ADMISSION", before, admission);
            }
        }
    }

    private boolean entitles(AssessmentConclusion conclusion, InsuredPerson person) {
        RuleSet rules = ruleSets.find(conclusion.getRuleSetId()).orElseThrow();
        int age = Period.between(person.getBirthDate(), conclusion.getConcludedOn()).getYears();
        return rules.content().entitlement().entitles(conclusion.getGrade())
                && age >= rules.content().entitlement().minimumAge();
    }

    /** Whether the actor may record a death or end benefits (the check those commands make). */
    public boolean mayEndBenefits(Actor actor) {
        return actor.hasAny(Role.AGENCY_REVIEWER, Role.BUREAU_APPROVER);
    }

    private void requireBureau(Actor actor) {
        if (!mayEndBenefits(actor)) {
            throw new AccessDeniedException("care.terminate");
        }
    }
}
