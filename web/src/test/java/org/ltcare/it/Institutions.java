package org.ltcare.it;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.CreditCode;
import org.ltcare.institution.InstitutionProfile;
import org.ltcare.institution.InstitutionService;
import org.ltcare.institution.LicenceForm;
import org.ltcare.institution.LicenceKind;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.institution.InstitutionRepository;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Organisation;
import org.ltcare.shared.security.OrganisationKind;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccount;
import org.ltcare.shared.security.UserAccountRepository;
import org.ltcare.shared.time.ClockProducer;

/**
 * Test fixture of the institution capability: a care institution of its own in the demo region, made in one
 * transaction (the institution shares its organisation's id).
 */
@Stateless
public class Institutions {

    @Inject
    InstitutionRepository institutions;

    @Inject
    UserAccountRepository accounts;

    @Inject
    InstitutionService service;

    @Inject
    TestLogins logins;

    public CareInstitution aNew(InstitutionKind kind, Integer hospitalLevel) {
        return aNew(kind, hospitalLevel, "370200");
    }

    public CareInstitution aNew(InstitutionKind kind, Integer hospitalLevel, String region) {
        String code = "IT-" + UniqueNumbers.next();
        Organisation organisation = new Organisation(code, "测试机构" + code, OrganisationKind.CARE_INSTITUTION, region);
        accounts.save(organisation);
        CareInstitution institution = new CareInstitution(organisation, kind, hospitalLevel, hospitalLevel != null, 40,
                "测试路5号");
        institutions.save(institution);
        return institution;
    }

    /**
     * An institution ready to apply for contracting: a valid credit code and contact on its profile, a licence
     * valid for years, and an administrator "adm-" + organisation code (password "test") of its own.
     */
    public CareInstitution readyToApply(InstitutionKind kind, Integer hospitalLevel) {
        CareInstitution institution = aNew(kind, hospitalLevel);
        Actor reviewer = accounts.findByUsername("reviewer").orElseThrow().toActor();
        String digits = String.format("%07d", institution.getId() % 10_000_000);
        String code = CreditCode.fromFirst17("12370200MB" + digits).toString();
        service.updateProfile(reviewer, institution.getId(), new InstitutionProfile(code, 40, 12, "测试路5号",
                "王主任", "13800000000", null, null, null));
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        service.addLicence(reviewer, institution.getId(), new LicenceForm(
                hospitalLevel == null ? LicenceKind.ELDERLY_CARE_FILING : LicenceKind.MEDICAL_PRACTICE,
                "PDY" + digits, "青岛市卫生健康委员会", today.minusYears(1), today.plusYears(4)));
        logins.save("adm-" + institution.getOrganisation().getCode(), "机构管理员", institution.getOrganisation(),
                Set.of(Role.INSTITUTION_ADMIN));
        return institution;
    }

    /** A login of the institution's care staff ("staff-" + organisation code, password "test"), who confirm admissions. */
    public Actor staffOf(CareInstitution institution) {
        String username = "staff-" + institution.getOrganisation().getCode();
        return accounts.findByUsername(username).orElseGet(() -> logins.save(username, "护理部",
                institution.getOrganisation(), Set.of(Role.INSTITUTION_STAFF))).toActor();
    }

    /** An administrator login of the institution ("adm-" + organisation code, password "test"). */
    public UserAccount adminAccount(CareInstitution institution) {
        return logins.save("adm-" + institution.getOrganisation().getCode(), "机构管理员",
                institution.getOrganisation(), Set.of(Role.INSTITUTION_ADMIN));
    }

    public Actor adminOf(CareInstitution institution) {
        return accounts.findByUsername("adm-" + institution.getOrganisation().getCode()).orElseThrow().toActor();
    }

    /**
     * Gives the institution a bank account on its profile (test institutions have none), and a credit code if it
     * has none, as the bureau would.
     */
    public void withBankAccount(CareInstitution institution) {
        Actor reviewer = accounts.findByUsername("reviewer").orElseThrow().toActor();
        InstitutionProfile now = service.find(reviewer, institution.getId()).profile();
        String code = now.creditCode() != null ? now.creditCode()
                : CreditCode.fromFirst17("12370200MB" + String.format("%07d", institution.getId() % 10_000_000))
                        .toString();
        service.updateProfile(reviewer, institution.getId(), new InstitutionProfile(code, now.beds(),
                now.careStaff(), now.address(), now.contactName(), now.contactPhone(), "中国工商银行青岛市北支行",
                institution.getName(), "380300" + String.format("%013d", institution.getId())));
    }
}
