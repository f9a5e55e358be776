package org.ltcare.assessment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Organisation;
import org.ltcare.shared.security.OrganisationKind;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * The assessors' profiles as dispatch needs them: which care institutions each works for or is linked to. The
 * agency's supervisor keeps them; every change is audited, as it decides who may be drawn for whom.
 */
@Stateless
public class AssessorProfileService {

    /** One assessor with their relations. */
    public record Profile(Assessor assessor, List<AssessorRelation> relations) implements Serializable {
    }

    @Inject
    private AssessorRepository assessors;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public List<Profile> pool(Actor actor) {
        requireSupervisor(actor);
        return assessors.activeOf(actor.organisationId()).stream()
                .map(a -> new Profile(a, assessors.relationsOf(a.getId()))).toList();
    }

    public AssessorRelation relate(Actor actor, Long assessorId, Long institutionId, RelationKind kind, String note) {
        requireSupervisor(actor);
        if (assessorId == null || institutionId == null || kind == null) {
            throw new BusinessException("assessor.relation.incomplete");
        }
        Assessor assessor = assessors.find(assessorId).filter(a -> a.getOrganisationId() == actor.organisationId())
                .orElseThrow(() -> new NotFoundException("Assessor", assessorId));
        Organisation institution = accounts.organisation(institutionId);
        if (institution == null || institution.getKind() != OrganisationKind.CARE_INSTITUTION) {
            throw new BusinessException("assessor.relation.notAnInstitution");
        }
        if (note != null && note.trim().length() > 200) {
            throw new BusinessException("assessor.relation.noteTooLong", 200);
        }
        if (assessors.relationsOf(assessorId).stream().anyMatch(r -> r.getInstitutionId() == institutionId)) {
            throw new BusinessException("assessor.relation.exists", assessor.getName(), institution.getName());
        }
        AssessorRelation relation = new AssessorRelation(assessorId, institutionId, kind,
                note == null || note.isBlank() ? null : note.trim(), actor.username(), clock.instant());
        assessors.save(relation);
        audit.record(actor, "RELATE", null, relation);
        return relation;
    }

    public void removeRelation(Actor actor, long relationId) {
        requireSupervisor(actor);
        AssessorRelation relation = assessors.findRelation(relationId)
                .filter(r -> assessors.find(r.getAssessorId()).map(a -> a.getOrganisationId() == actor.organisationId())
                        .orElse(false))
                .orElseThrow(() -> new NotFoundException("AssessorRelation", relationId));
        audit.record(actor, "UNRELATE", relation.auditState(), relation);
        assessors.delete(relation);
    }

    private static void requireSupervisor(Actor actor) {
        if (!actor.has(Role.ASSESSMENT_SUPERVISOR)) {
            throw new AccessDeniedException("assessor.profiles");
        }
    }
}
