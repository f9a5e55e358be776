package org.ltcare.benefit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ltcare.assessment.ApplicationService;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * Who sees which admissions: a case's (for those who see the case), an institution's queue and residents (for the
 * institution itself and the bureau), and the bureau's overview. Reads only; {@link AdmissionService} changes them.
 */
@Stateless
public class AdmissionQueries {

    @Inject
    private AdmissionRepository admissions;

    @Inject
    private ApplicationService applications;

    @Inject
    private UserAccountRepository accounts;

    public CareAdmission find(Actor actor, long admissionId) {
        CareAdmission admission = admissions.find(admissionId)
                .orElseThrow(() -> new NotFoundException("CareAdmission", admissionId));
        requireVisible(actor, admission);
        return admission;
    }

    /** The person's admissions, newest first, for those who may see the case. */
    public List<CareAdmission> ofApplication(Actor actor, long applicationId) {
        AssessmentApplication application = applications.find(actor, applicationId);
        return admissions.ofInsured(application.getInsured().getId()).stream()
                .filter(a -> !actor.isInstitutionScoped() || a.getInstitutionId() == actor.organisationId()
                        || application.isVisibleToInstitution(actor.organisationId()))
                .toList();
    }

    private void requireOwnOrBureau(Actor actor, long institutionId) {
        requireReader(actor);
        boolean own = actor.isInstitutionScoped() && actor.organisationId() == institutionId;
        if (!own && actor.roles().stream().noneMatch(Role::isBureauRole)) {
            throw new AccessDeniedException("care.institution");
        }
    }

    /**
     * Whether the actor reads any institution's admissions at all: an institution's users their own, bureau roles
     * every one; an applicant or an assessor none.
     *
     * @throws AccessDeniedException when not
     */
    public void requireReader(Actor actor) {
        if (!actor.isInstitutionScoped() && actor.roles().stream().noneMatch(Role::isBureauRole)) {
            throw new AccessDeniedException("care.institution");
        }
    }

    /**
     * The institution's lists with the people named: its own users see the name and the masked ID number of those
     * it is asked to admit or has admitted; bureau staff see any institution's.
     */
    public List<AdmissionLine> linesOf(Actor actor, long institutionId, AdmissionStatus status) {
        requireOwnOrBureau(actor, institutionId);
        return admissions.namedOfInstitution(institutionId, status).stream().map(named -> new AdmissionLine(
                named.admission(), named.name(), named.idNumber().shownTo(actor), named.grade())).toList();
    }

    /**
     * The people an institution still holds in care on or after {@code day} (all care types): after its agreement
     * ends they are the ones to move to another institution.
     */
    public List<AdmissionLine> inCareFrom(Actor actor, long institutionId, LocalDate day) {
        return linesOf(actor, institutionId, AdmissionStatus.ADMITTED).stream()
                .filter(line -> line.admission().holdsPlaceFrom(day)).toList();
    }

    /** People in care on {@code day} by care type and grade in the actor's region: the bureau's overview. */
    public Map<CareType, Map<Integer, Long>> overview(Actor actor, LocalDate day) {
        if (actor.roles().stream().noneMatch(Role::isBureauRole)) {
            throw new AccessDeniedException("care.overview");
        }
        Map<CareType, Map<Integer, Long>> counts = new EnumMap<>(CareType.class);
        for (Object[] row : admissions.inCareByTypeAndGrade(accounts.regionOf(actor), day)) {
            counts.computeIfAbsent((CareType) row[0], t -> new TreeMap<>()).put((Integer) row[1], (Long) row[2]);
        }
        return counts;
    }

    private void requireVisible(Actor actor, CareAdmission admission) {
        if (actor.isInstitutionScoped() && actor.organisationId() != admission.getInstitutionId()) {
            applications.find(actor, admission.getApplicationId());
        }
    }
}
