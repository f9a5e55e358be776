package org.ltcare.institution;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ltcare.policy.Region;
import org.ltcare.policy.RegionRepository;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Organisation;
import org.ltcare.shared.security.OrganisationKind;
import org.ltcare.shared.security.PasswordHasher;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccount;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * Self-registration (public page): creates the institution, PENDING, and its administrator's login, inactive: anyone
 * can fill in the form, so nobody may act for an institution before the agency has confirmed who it is (确认注册:
 * the credit code, the contact by phone). Then the administrator logs in, keeps the profile and licences and applies.
 * Nothing is created when any field is wrong, the credit code is registered already or the login is taken.
 */
@Stateless
public class InstitutionRegistrationService {

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private RegionRepository regions;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** The pooling regions an institution may register in. */
    public List<Region> regions() {
        return regions.all();
    }

    public CareInstitution register(SelfRegistration form) {
        form.check();
        List<FieldError> taken = new ArrayList<>();
        if (regions.find(form.regionCode()).isEmpty()) {
            taken.add(new FieldError("region", "registration.region.unknown"));
        }
        institutions.byCreditCode(form.profile().creditCode()).ifPresent(other ->
                taken.add(new FieldError("creditCode", "registration.creditCode.taken")));
        if (accounts.findByUsername(form.username()).isPresent()) {
            taken.add(new FieldError("username", "registration.username.taken"));
        }
        if (!taken.isEmpty()) {
            throw new ValidationException(taken);
        }
        Organisation organisation = new Organisation("REG-" + form.profile().creditCode(), form.name(),
                OrganisationKind.CARE_INSTITUTION, form.regionCode());
        accounts.save(organisation);
        CareInstitution institution = new CareInstitution(organisation, form.kind(), form.hospitalLevel(),
                form.ltcWard(), form.profile().beds(), form.profile().address());
        institution.updateProfile(form.profile());
        institution.registeredBySelf();
        institutions.save(institution);
        UserAccount administrator = new UserAccount(form.username(), form.displayName(),
                hasher.hash(form.password().toCharArray()), organisation, Set.of(Role.INSTITUTION_ADMIN), clock.instant());
        administrator.deactivate();
        accounts.save(administrator);
        Actor registrant = new Actor(form.username(), organisation.getId(), OrganisationKind.CARE_INSTITUTION,
                Set.of(Role.INSTITUTION_ADMIN));
        audit.record(registrant, "SELF_REGISTER", null, institution);
        return institution;
    }

    /**
     * 确认注册: an agency reviewer of the institution's region has checked who registered it; the institution is
     * confirmed and its administrator's login starts to work. Audited with the institution before and after.
     */
    /** Whether the actor may confirm registrations (the role check {@code confirm} makes; the region is its own). */
    public boolean mayConfirm(Actor actor) {
        return actor.isBureau(Role.AGENCY_REVIEWER);
    }

    public CareInstitution confirm(Actor actor, long institutionId) {
        actor.requireBureau(Role.AGENCY_REVIEWER, "registration.confirm");
        CareInstitution institution = institutions.findForUpdate(institutionId)
                .filter(found -> found.getOrganisation().getRegionCode().equals(accounts.regionOf(actor)))
                .orElseThrow(() -> new NotFoundException("CareInstitution", institutionId));
        if (!institution.isPendingRegistration()) {
            throw new BusinessException("registration.notPending", institution.getName());
        }
        java.util.Map<String, Object> before = institution.auditState();
        institution.confirmRegistration();
        accounts.withRole(institutionId, Role.INSTITUTION_ADMIN).stream().filter(account -> !account.isActive())
                .forEach(UserAccount::activate);
        audit.record(actor, "CONFIRM_REGISTRATION", before, institution);
        return institution;
    }
}
