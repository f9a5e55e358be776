package org.ltcare.care.worker;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.ltcare.care.CareRecordAccess;
import org.ltcare.insured.IdNumber;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;

/**
 * The care-worker registry of each institution: its administrator registers, edits and deactivates its workers;
 * its staff and the bureau read them. One registration per ID number and institution. Audited (ID number masked).
 */
@Stateless
public class CareWorkerService {

    @Inject
    private CareWorkerRepository workers;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public List<CareWorker> ofInstitution(Actor actor, long institutionId) {
        requireRead(actor, institutionId);
        return workers.ofInstitution(institutionId);
    }

    /** A worker of the institution, or not found (also for another institution's worker). */
    public CareWorker find(Actor actor, long institutionId, long workerId) {
        requireRead(actor, institutionId);
        return workers.find(workerId).filter(w -> w.getInstitutionId() == institutionId)
                .orElseThrow(() -> new NotFoundException("CareWorker", workerId));
    }

    public CareWorker register(Actor actor, long institutionId, CareWorkerForm form) {
        requireAdmin(actor, institutionId);
        CareWorkerForm checked = form.check();
        workers.byIdNumber(institutionId, IdNumber.parse(checked.idNumber())).ifPresent(other -> {
            throw new ValidationException(List.of(new FieldError("idNumber", "worker.idNumber.taken",
                    List.of(other.getName()))));
        });
        CareWorker worker = new CareWorker(institutionId, checked, actor.username(), clock.instant());
        workers.save(worker);
        audit.record(actor, "REGISTER_CARE_WORKER", null, worker);
        return worker;
    }

    public CareWorker update(Actor actor, long institutionId, long workerId, CareWorkerForm form) {
        requireAdmin(actor, institutionId);
        CareWorker worker = find(actor, institutionId, workerId);
        CareWorkerForm checked = form.check();
        if (!worker.getIdNumber().value().equals(checked.idNumber())) {
            throw new ValidationException(List.of(new FieldError("idNumber", "worker.idNumber.fixed")));
        }
        Map<String, Object> before = worker.auditState();
        worker.apply(checked);
        audit.record(actor, "EDIT_CARE_WORKER", before, worker);
        return worker;
    }

    /** Deactivates a worker who left (new visits cannot name them) or activates them again. */
    public CareWorker setActive(Actor actor, long institutionId, long workerId, boolean active) {
        requireAdmin(actor, institutionId);
        CareWorker worker = find(actor, institutionId, workerId);
        Map<String, Object> before = worker.auditState();
        worker.setActive(active);
        audit.record(actor, active ? "ACTIVATE_CARE_WORKER" : "DEACTIVATE_CARE_WORKER", before, worker);
        return worker;
    }

    private static void requireRead(Actor actor, long institutionId) {
        if (!CareRecordAccess.mayRead(actor, institutionId)) {
            throw new AccessDeniedException("worker.read");
        }
    }

    /** The institution's own administrator keeps its register of care workers. */
    public boolean mayEdit(Actor actor, long institutionId) {
        return actor.has(Role.INSTITUTION_ADMIN) && actor.isInstitutionScoped()
                && actor.organisationId() == institutionId;
    }

    private void requireAdmin(Actor actor, long institutionId) {
        if (!mayEdit(actor, institutionId)) {
            throw new AccessDeniedException("worker.edit");
        }
    }
}
