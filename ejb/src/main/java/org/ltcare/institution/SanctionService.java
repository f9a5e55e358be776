package org.ltcare.institution;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.time.LocalDate;
import java.util.Map;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;

/**
 * Sanctions on contracted institutions, decided by the bureau's approver with reason, document and dates, visible
 * to the institution. A termination ends the agreement in force from its first day. Admission and settlement ask
 * {@link #stopsAdmissions} and {@link #stopsSettlement}. The rectification follow-up timer is still to come.
 */
@Stateless
public class SanctionService {

    @Inject
    private SanctionRepository sanctions;

    @Inject
    private InstitutionService institutions;

    @Inject
    private AgreementRepository agreements;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public Sanction issue(Actor actor, long institutionId, SanctionForm form) {
        requireApprover(actor);
        form.check();
        institutions.find(actor, institutionId);
        Sanction sanction = new Sanction(institutionId, form, actor.username(), clock.instant());
        sanctions.save(sanction);
        audit.record(actor, "ISSUE_SANCTION", null, sanction);
        if (form.kind() == SanctionKind.TERMINATION) {
            for (ServiceAgreement agreement : agreements.of(institutionId)) {
                if (agreement.getStatus() == ServiceAgreement.Status.ACTIVE
                        && !agreement.getValidUntil().isBefore(form.effectiveFrom())) {
                    Map<String, Object> before = agreement.auditState();
                    agreement.terminateFrom(form.effectiveFrom());
                    audit.record(actor, "TERMINATE", before, agreement);
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
        return sanction;
    }

    /** The institution's sanctions, newest first, for the institution itself and bureau staff. */
    public List<Sanction> of(Actor actor, long institutionId) {
        institutions.find(actor, institutionId);
        return ofInstitution(institutionId);
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

    private static void requireApprover(Actor actor) {
        if (!actor.has(Role.BUREAU_APPROVER)) {
            throw new AccessDeniedException("sanction.issue");
        }
    }
}
