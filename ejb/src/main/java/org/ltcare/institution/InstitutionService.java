package org.ltcare.institution;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;

/**
 * The institution registry (定点护理服务机构名录): bureau staff see and keep every institution; an institution's
 * users see only their own, and its administrator keeps its profile and licences. Every change is audited.
 */
@Stateless
public class InstitutionService {

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** Every institution for bureau staff, the own one for an institution's users, nothing for others. */
    public List<CareInstitution> list(Actor actor) {
        if (actor.isInstitutionScoped()) {
            return institutions.find(actor.organisationId()).stream().toList();
        }
        if (actor.roles().stream().noneMatch(Role::isBureauRole) && !actor.has(Role.ASSESSMENT_SUPERVISOR)) {
            throw new AccessDeniedException("institution.list");
        }
        return institutions.all();
    }

    /** The institution, if the actor may see it; otherwise "not found", so nobody learns what exists. */
    public CareInstitution find(Actor actor, long id) {
        boolean own = actor.isInstitutionScoped() && actor.organisationId() == id;
        boolean bureau = actor.roles().stream().anyMatch(Role::isBureauRole);
        if (!own && !bureau) {
            throw new NotFoundException("CareInstitution", id);
        }
        return institutions.find(id).orElseThrow(() -> new NotFoundException("CareInstitution", id));
    }

    /**
     * An institution's name for anyone who may see a case that names it: contracted institutions are published
     * (定点机构名单向社会公布), so the name alone is not restricted; empty when no such institution exists.
     */
    public String publicName(Long id) {
        return id == null ? "" : institutions.find(id).map(CareInstitution::getName).orElse("");
    }

    public List<InstitutionLicence> licences(Actor actor, long id) {
        find(actor, id);
        return institutions.licencesOf(id);
    }

    public CareInstitution updateProfile(Actor actor, long id, InstitutionProfile profile) {
        requireKeeper(actor, id);
        profile.check();
        CareInstitution institution = institutions.findForUpdate(id)
                .orElseThrow(() -> new NotFoundException("CareInstitution", id));
        institutions.byCreditCode(profile.creditCode()).filter(other -> !other.getId().equals(id))
                .ifPresent(other -> {
                    throw new BusinessException("institution.creditCode.taken", other.getName());
                });
        Map<String, Object> before = institution.auditState();
        institution.updateProfile(profile);
        audit.record(actor, "UPDATE_PROFILE", before, institution);
        return institution;
    }

    public InstitutionLicence addLicence(Actor actor, long id, LicenceForm form) {
        requireKeeper(actor, id);
        form.check(LocalDate.now(clock));
        institutions.find(id).orElseThrow(() -> new NotFoundException("CareInstitution", id));
        InstitutionLicence licence = new InstitutionLicence(id, form, actor.username(), clock.instant());
        institutions.save(licence);
        audit.record(actor, "ADD_LICENCE", null, licence);
        return licence;
    }

    public void removeLicence(Actor actor, long licenceId) {
        InstitutionLicence licence = institutions.findLicence(licenceId)
                .orElseThrow(() -> new NotFoundException("InstitutionLicence", licenceId));
        requireKeeper(actor, licence.getInstitutionId());
        audit.record(actor, "REMOVE_LICENCE", licence.auditState(), licence);
        institutions.delete(licence);
    }

    /** The agency's reviewers keep every profile (bank accounts are money: not the system administrator's); an institution's administrator its own. */
    public boolean mayKeepProfile(Actor actor, long id) {
        boolean bureau = actor.has(Role.AGENCY_REVIEWER);
        boolean ownAdmin = actor.has(Role.INSTITUTION_ADMIN) && actor.organisationId() == id;
        return bureau || ownAdmin;
    }

    private void requireKeeper(Actor actor, long id) {
        if (!mayKeepProfile(actor, id)) {
            throw new AccessDeniedException("institution.edit");
        }
    }
}
