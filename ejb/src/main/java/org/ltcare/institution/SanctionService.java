package org.ltcare.institution;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.workflow.ProcessTasks;
import org.ltcare.shared.workflow.TimerDates;

/**
 * Sanctions on contracted institutions, decided by the bureau's approver with reason, document and dates, visible
 * to the institution. A termination ends the agreement in force from its first day. Admission and settlement ask
 * {@link #stopsAdmissions} and {@link #stopsSettlement}. A rectification order starts its follow-up workflow: the
 * approver checks the outcome once the deadline has passed, unless the order was lifted before.
 */
@Stateless
public class SanctionService {

    private static final String FOLLOW_UP_PROCESS = "rectification-follow-up";
    private static final String TASK_CHECK = "Task_RectificationCheck";
    private static final String MESSAGE_LIFTED = "RectificationLifted";

    @Inject
    private SanctionRepository sanctions;

    @Inject
    private InstitutionService institutions;

    @Inject
    private AgreementRepository agreements;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<AgreementEnded> agreementEnded;

    @Inject
    private ProcessTasks process;

    @Inject
    private RuntimeService runtime;

    @Inject
    private Clock clock;

    public Sanction issue(Actor actor, long institutionId, SanctionForm form) {
        requireApprover(actor);
        form.check();
        institutions.find(actor, institutionId);
        Sanction sanction = new Sanction(institutionId, form, actor.username(), clock.instant());
        sanctions.save(sanction);
        audit.record(actor, "ISSUE_SANCTION", null, sanction);
        if (form.kind() == SanctionKind.RECTIFICATION) {
            startFollowUp(actor, sanction);
        }
        if (form.kind() == SanctionKind.TERMINATION) {
            for (ServiceAgreement agreement : agreements.of(institutionId)) {
                if (agreement.getStatus() == ServiceAgreement.Status.ACTIVE
                        && !agreement.getValidUntil().isBefore(form.effectiveFrom())) {
                    Map<String, Object> before = agreement.auditState();
                    agreement.terminateFrom(form.effectiveFrom());
                    audit.record(actor, "TERMINATE", before, agreement);
                    agreementEnded.fire(new AgreementEnded(actor, institutionId, agreement.getId()));
                }
            }
        }
        return sanction;
    }

    public Sanction lift(Actor actor, long sanctionId, String reason) {
        requireApprover(actor);
        Sanction sanction = sanctions.find(sanctionId).orElseThrow(() -> new NotFoundException("Sanction", sanctionId));
        Map<String, Object> before = sanction.auditState();
        sanction.lift(actor.username(), clock.instant(), reason == null || reason.isBlank() ? null : reason.trim());
        audit.record(actor, "LIFT_SANCTION", before, sanction);
        if (process.subscribed(sanction.getProcessInstanceId(), MESSAGE_LIFTED)) {
            process.correlate(actor, sanction.getProcessInstanceId(), MESSAGE_LIFTED, Map.of());
        }
        return sanction;
    }

    /**
     * The approver's check after a rectification deadline: rectified, or not (a heavier sanction is then a new
     * decision of its own). Completes the follow-up task.
     */
    public Sanction recordFollowUp(Actor actor, long sanctionId, Sanction.FollowUp outcome, String note) {
        requireApprover(actor);
        if (outcome == null) {
            throw new ValidationException(List.of(new FieldError("outcome", "sanction.followUp.outcomeMissing")));
        }
        String text = note == null || note.isBlank() ? null : note.trim();
        if (text != null && text.length() > 500) {
            throw new ValidationException(List.of(new FieldError("note", "sanction.reason.tooLong")));
        }
        Sanction sanction = sanctions.find(sanctionId).orElseThrow(() -> new NotFoundException("Sanction", sanctionId));
        if (sanction.getProcessInstanceId() == null
                || process.waiting(sanction.getProcessInstanceId(), TASK_CHECK).isEmpty()) {
            throw new BusinessException("sanction.followUp.notDue");
        }
        Map<String, Object> before = sanction.auditState();
        sanction.checked(outcome, text, actor.username(), clock.instant());
        process.complete(actor, sanction.getProcessInstanceId(), TASK_CHECK,
                Map.of("rectified", outcome == Sanction.FollowUp.RECTIFIED));
        audit.record(actor, "FOLLOW_UP", before, sanction);
        return sanction;
    }

    /** Whether the rectification check is due now (the deadline's timer has fired). */
    public boolean isFollowUpDue(Sanction sanction) {
        return sanction.getProcessInstanceId() != null && sanction.getFollowUp() == null
                && process.waiting(sanction.getProcessInstanceId(), TASK_CHECK).isPresent();
    }

    /** The follow-up's timer fires on the day after the deadline; its task links to the institution's page. */
    private void startFollowUp(Actor actor, Sanction sanction) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("sanctionId", sanction.getId());
        variables.put("insuredName", institutions.find(actor, sanction.getInstitutionId()).getName());
        variables.put("rectificationDueAt", TimerDates.after(sanction.getEffectiveUntil()));
        sanction.followedBy(process.asUser(actor, () -> runtime.startProcessInstanceByKey(FOLLOW_UP_PROCESS,
                String.valueOf(sanction.getInstitutionId()), variables).getId()));
    }

    /** The institution's sanctions, newest first, for the institution itself and bureau staff. */
    public List<Sanction> of(Actor actor, long institutionId) {
        institutions.find(actor, institutionId);
        return ofInstitution(institutionId);
    }

    /** The sanction that stops new admissions on the day, if any: its reason is what a refused admission is told. */
    public java.util.Optional<Sanction> admissionStopOn(long institutionId, LocalDate day) {
        return ofInstitution(institutionId).stream().filter(s -> s.isInForceOn(day) && s.getKind().stopsAdmissions())
                .findFirst();
    }

    public boolean stopsAdmissions(long institutionId, LocalDate day) {
        return ofInstitution(institutionId).stream().anyMatch(s -> s.isInForceOn(day) && s.getKind().stopsAdmissions());
    }

    public boolean stopsSettlement(long institutionId, LocalDate day) {
        return ofInstitution(institutionId).stream().anyMatch(s -> s.isInForceOn(day) && s.getKind().stopsSettlement());
    }

    private List<Sanction> ofInstitution(long institutionId) {
        return sanctions.of(institutionId);
    }

    /** The bureau's approvers issue, lift and follow up sanctions. */
    public boolean mayIssue(Actor actor) {
        return actor.has(Role.BUREAU_APPROVER);
    }

    private void requireApprover(Actor actor) {
        if (!mayIssue(actor)) {
            throw new AccessDeniedException("sanction.issue");
        }
    }
}
